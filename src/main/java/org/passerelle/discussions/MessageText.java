package org.passerelle.discussions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.base.InvalidInputException;

/**
 * The rules of a message's text, and how it is made inert before any renderer sees it: raw HTML is
 * turned into text ({@code <} becomes {@code &lt;} outside code), and links may only lead to http(s),
 * mailto, or inside the site. Pages show it through the application's one Markdown renderer
 * ({@code base.MarkdownHtml}), which sanitises again; this makes the text safe whatever else renders it (a
 * notification e-mail, an export).
 */
public final class MessageText {

    /** Field name of the text in refusals. */
    public static final String FIELD = "text";

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*((?:[^\\s()]|\\([^\\s()]*\\))*)");
    private static final Pattern REFERENCE = Pattern.compile("^( {0,3}\\[[^\\]]+\\]:\\s*)(\\S+)");
    private static final Pattern SAFE_TARGET = Pattern.compile("^(https?://|mailto:|/(?!/)|#).*|^$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private MessageText() {}

    /** The text as it will be stored: line breaks normalised, control characters dropped, trimmed; or a refusal. */
    public static String clean(String text, int maxLength) {
        String clean = text == null
                ? ""
                : CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n'))
                        .replaceAll("")
                        .strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(FIELD, "discussions.error.empty");
        }
        if (clean.length() > maxLength) {
            throw new InvalidInputException(FIELD, "discussions.error.too-long", maxLength, clean.length());
        }
        return clean;
    }

    /** The text with raw HTML shown as text and unsafe link targets replaced by {@code #}. */
    public static String inert(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                out.append(line).append('\n');
                continue;
            }
            out.append(inFence ? line : inertLine(line)).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The beginning of a text on one line, for quotes. */
    public static String excerpt(String text, int length) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= length ? flat : flat.substring(0, length - 1) + "…";
    }

    private static String inertLine(String line) {
        String withSafeReference = safeReference(line);
        StringBuilder out = new StringBuilder();
        String[] parts = withSafeReference.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            // even parts are outside code spans (an unclosed backtick leaves the rest as text: still escaped)
            boolean code = i % 2 == 1 && i < parts.length - 1;
            out.append(code ? parts[i] : safeLinks(parts[i].replace("<", "&lt;")));
            if (i < parts.length - 1) {
                out.append('`');
            }
        }
        return out.toString();
    }

    private static String safeLinks(String text) {
        Matcher matcher = INLINE_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String target = matcher.group(1);
            String replacement = isSafe(target) ? matcher.group() : "](#";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String safeReference(String line) {
        Matcher matcher = REFERENCE.matcher(line);
        if (matcher.find() && !isSafe(matcher.group(2))) {
            return matcher.group(1) + "#" + line.substring(matcher.end());
        }
        return line;
    }

    private static boolean isSafe(String target) {
        return SAFE_TARGET.matcher(target.toLowerCase(Locale.ROOT)).matches();
    }
}
