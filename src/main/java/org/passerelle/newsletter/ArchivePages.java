package org.passerelle.newsletter;

import java.util.List;
import java.util.Locale;
import org.passerelle.base.Formats;
import org.passerelle.base.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public archive, without signing in: {@code /newsletters} lists the sent issues, {@code /newsletters/<id>} shows
 * one in the reader's language with a link to the other. A draft, or an unknown id, is "not found".
 */
@RestController
class ArchivePages {

    private final NewsletterArchive archive;
    private final Translations translations;

    ArchivePages(NewsletterArchive archive, Translations translations) {
        this.archive = archive;
        this.translations = translations;
    }

    @GetMapping("/newsletters")
    ResponseEntity<String> list(
            @RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String browser) {
        Locale language = PublicPages.language(lang, browser);
        List<ArchivedIssue> sent = archive.sent(language);
        StringBuilder body = new StringBuilder();
        body.append(switchLink("/newsletters", language));
        body.append("<h1>")
                .append(escape(t("newsletter.archive.title", language)))
                .append("</h1>\n");
        if (sent.isEmpty()) {
            body.append("<p>")
                    .append(escape(t("newsletter.archive.empty", language)))
                    .append("</p>\n");
        } else {
            body.append("<ul>\n");
            for (ArchivedIssue issue : sent) {
                body.append("<li><a href=\"/newsletters/")
                        .append(issue.id())
                        .append("?lang=")
                        .append(language.getLanguage())
                        .append("\">")
                        .append(escape(issue.subject()))
                        .append("</a> — ")
                        .append(escape(Formats.date(issue.sentAt(), language)))
                        .append("</li>\n");
            }
            body.append("</ul>\n");
        }
        return PublicPages.page(HttpStatus.OK, language, t("newsletter.archive.title", language), body.toString());
    }

    @GetMapping("/newsletters/{id:\\d{1,18}}")
    ResponseEntity<String> issue(
            @PathVariable("id") long id,
            @RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String browser) {
        Locale language = PublicPages.language(lang, browser);
        return archive.sent(id, language)
                .map(issue -> PublicPages.page(
                        HttpStatus.OK,
                        language,
                        issue.subject(),
                        switchLink("/newsletters/" + id, language)
                                + "<p><a href=\"/newsletters?lang=" + language.getLanguage() + "\">"
                                + escape(t("newsletter.archive.all", language)) + "</a></p>\n"
                                + "<p style=\"color:#52606d;\">"
                                + escape(t(
                                        "newsletter.archive.sent-on", language, Formats.date(issue.sentAt(), language)))
                                + "</p>\n" + issue.html()))
                .orElseGet(() -> PublicPages.page(
                        HttpStatus.NOT_FOUND,
                        language,
                        t("newsletter.archive.not-found", language),
                        "<h1>" + escape(t("newsletter.archive.not-found", language))
                                + "</h1>\n<p><a href=\"/newsletters\">" + escape(t("newsletter.archive.all", language))
                                + "</a></p>"));
    }

    private String switchLink(String path, Locale language) {
        String other = "fr".equals(language.getLanguage()) ? "en" : "fr";
        return "<p style=\"text-align:right;\"><a lang=\"" + other + "\" href=\"" + path + "?lang=" + other + "\">"
                + escape(t("newsletter.archive.switch", language)) + "</a></p>\n";
    }

    private String t(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private static String escape(String text) {
        return IssueRenderer.escape(text);
    }
}
