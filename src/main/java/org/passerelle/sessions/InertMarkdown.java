package org.passerelle.sessions;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of session descriptions and minutes turned into HTML that cannot run anything: raw HTML in the
 * text is escaped (shown as text), and link addresses other than http, https and mailto are dropped.
 */
public final class InertMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if ("a".equals(tag)) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                    attributes.put("target", "_blank");
                }
            })
            .build();

    private InertMarkdown() {}

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }
}
