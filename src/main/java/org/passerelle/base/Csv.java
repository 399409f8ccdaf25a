package org.passerelle.base;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The one CSV writer of the application (RFC 4180: fields quoted when they hold a comma, a quote or a line
 * break, lines ended by CRLF). A cell that a spreadsheet would run as a formula (starting with {@code = + - @},
 * a tab or a carriage return) gets a leading apostrophe, so that an exported title such as {@code
 * =HYPERLINK(...)} stays text. With {@link #withBom()} the text starts with a UTF-8 byte order mark, which
 * spreadsheets need to read accents right.
 */
public final class Csv {

    /** The byte order mark that tells spreadsheets the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final StringBuilder out = new StringBuilder();

    private Csv(boolean bom) {
        if (bom) {
            out.append(BOM);
        }
    }

    /** A CSV without a byte order mark. */
    public static Csv plain() {
        return new Csv(false);
    }

    /** A CSV that starts with the UTF-8 byte order mark. */
    public static Csv withBom() {
        return new Csv(true);
    }

    public Csv row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** An empty line, e.g. between two tables of one file. */
    public Csv blankLine() {
        out.append("\r\n");
        return this;
    }

    public String text() {
        return out.toString();
    }

    public byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** One field: formula characters neutralised first, then quoted when needed; {@code null} is empty. */
    public static String cell(String raw) {
        String text = raw == null ? "" : raw;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
