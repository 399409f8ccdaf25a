package org.passerelle.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.MarkdownHtml;
import org.passerelle.base.Translations;
import org.passerelle.newsletter.domain.NewsletterBlock;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an issue in one language: its content (HTML and plain text, the same for every reader of that language,
 * which the archive keeps) and the mail around it (a page with the reader's own unsubscribe link). Markdown goes
 * through the one renderer, {@link MarkdownHtml}; every other text is escaped.
 */
@Component
class IssueRenderer {

    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

    private final BlockContent content;
    private final Translations translations;

    IssueRenderer(BlockContent content, Translations translations) {
        this.content = content;
        this.translations = translations;
    }

    /** The content of an issue in the language (what the archive keeps): the subject, then each block. */
    RenderedIssue render(String subject, List<NewsletterBlock> blocks, Locale language) {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        html.append("<h1 style=\"font-size:24px;margin:0 0 16px 0;\">")
                .append(escape(subject))
                .append("</h1>\n");
        text.append(subject)
                .append('\n')
                .append("=".repeat(Math.min(60, subject.length())))
                .append("\n\n");
        for (NewsletterBlock block : blocks) {
            BlockContent.Part part = content.part(block, language);
            html.append("<section style=\"margin:0 0 24px 0;\">\n");
            if (!part.heading().isBlank()) {
                html.append("<h2 style=\"font-size:18px;margin:0 0 4px 0;\">")
                        .append(escape(part.heading()))
                        .append("</h2>\n");
                text.append(part.heading()).append('\n');
            }
            if (!part.meta().isBlank()) {
                html.append("<p style=\"color:#52606d;font-size:13px;margin:0 0 8px 0;\">")
                        .append(escape(part.meta()))
                        .append("</p>\n");
                text.append(part.meta()).append('\n');
            }
            if (!part.markdown().isBlank()) {
                html.append(MarkdownHtml.render(part.markdown())).append('\n');
                text.append('\n').append(part.markdown().strip()).append('\n');
            }
            html.append("</section>\n");
            text.append("\n---\n\n");
        }
        return new RenderedIssue(language.getLanguage(), subject, html.toString(), text.toString());
    }

    /** The mail of one reader: the issue's content, a link to read it online, and the reader's unsubscribe link. */
    RenderedIssue mail(RenderedIssue issue, String onlineLink, String unsubscribeLink) {
        Locale locale = Locale.forLanguageTag(issue.language());
        String why = t("newsletter.mail.why", locale);
        String online = t("newsletter.mail.online", locale);
        String unsubscribe = t("newsletter.mail.unsubscribe", locale);
        String html = "<!DOCTYPE html>\n<html lang=\"" + issue.language() + "\">\n<head><meta charset=\"utf-8\"><title>"
                + escape(issue.subject()) + "</title></head>\n<body style=\"margin:0;padding:24px;background:#f5f7fa;"
                + FONT + "color:#1f2933;\">\n<div style=\"max-width:640px;margin:0 auto;background:#ffffff;"
                + "padding:24px;border-radius:8px;\">\n" + issue.html()
                + "<hr style=\"border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;\">\n"
                + "<p style=\"font-size:13px;color:#52606d;\">" + escape(why) + "<br>\n<a href=\""
                + escape(onlineLink) + "\" style=\"color:#0b5394;\">" + escape(online) + "</a><br>\n<a href=\""
                + escape(unsubscribeLink) + "\" style=\"color:#52606d;\">" + escape(unsubscribe) + "</a></p>\n"
                + "</div>\n</body>\n</html>\n";
        String text = issue.text() + why + "\n" + online + " " + onlineLink + "\n" + unsubscribe + " " + unsubscribeLink
                + "\n";
        return new RenderedIssue(issue.language(), issue.subject(), html, text);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
