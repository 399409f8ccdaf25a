package org.passerelle.records;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A report as Markdown. What people wrote is escaped, so a title such as {@code # x} or {@code [a](b)} stays
 * text and cannot add headings or links to the record.
 */
final class MarkdownReport implements ReportWriter {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    private static final Pattern BLOCK_START = Pattern.compile("^([#+\\-=])");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d+)([.)])");
    private final StringBuilder out = new StringBuilder();
    private boolean inList;

    @Override
    public void title(String text) {
        block("# " + escape(oneLine(text)));
    }

    @Override
    public void heading(String text) {
        block("## " + escape(oneLine(text)));
    }

    @Override
    public void subheading(String text) {
        block("### " + escape(oneLine(text)));
    }

    @Override
    public void field(String label, String value) {
        listLine("**" + escape(oneLine(label)) + "** " + escape(oneLine(value)));
    }

    @Override
    public void paragraph(String text) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            joined.append(i == 0 ? "" : "\\\n").append(escape(lines[i]));
        }
        block(joined.toString());
    }

    @Override
    public void item(String text) {
        listLine(escape(oneLine(text)));
    }

    byte[] utf8() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void block(String text) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(text).append('\n');
        inList = false;
    }

    private void listLine(String text) {
        if (!inList && !out.isEmpty()) {
            out.append('\n');
        }
        out.append("- ").append(text).append('\n');
        inList = true;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Characters with a meaning anywhere, and those that start a heading or a list at the start of a line. */
    static String escape(String text) {
        String escaped = SPECIAL.matcher(text == null ? "" : text).replaceAll("\\\\$1");
        escaped = BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
        return ORDERED_START.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
