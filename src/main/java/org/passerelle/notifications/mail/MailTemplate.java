package org.passerelle.notifications.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail template from the resources ({@code mail/<name>.txt} or {@code .html}) with {@code {{name}}}
 * placeholders. In HTML every value is escaped, except those whose name ends in {@code Html}: blocks the writer
 * built itself from escaped parts. No template engine: the two templates need nothing more.
 */
final class MailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String source;
    private final boolean html;

    private MailTemplate(String source, boolean html) {
        this.source = source;
        this.html = html;
    }

    static MailTemplate load(String resource) {
        try (InputStream in = MailTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing mail template " + resource);
            }
            return new MailTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource.endsWith(".html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No value for {{" + name + "}}");
            }
            String filled = html && !name.endsWith("Html") ? escape(value) : value;
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
