package org.passerelle.notifications.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.passerelle.base.Translations;
import org.passerelle.notifications.NotificationCategory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of a mail, without signing in. Opening it (GET) only shows what would be turned off and a
 * button (link scanners open links: a GET changes nothing); the button, or a mail program's one-click POST (RFC
 * 8058), turns it off. An expired or tampered link gets a page that says so, and nothing changes. Written in the
 * person's language (the browser's when the link names nobody).
 */
@RestController
class UnsubscribePage {

    private final Unsubscribing unsubscribing;
    private final Translations translations;
    private final MailProperties properties;
    private final MailTemplate page = MailTemplate.load("mail/unsubscribe.html");

    UnsubscribePage(Unsubscribing unsubscribing, Translations translations, MailProperties properties) {
        this.unsubscribing = unsubscribing;
        this.translations = translations;
        this.properties = properties;
    }

    @GetMapping(MailWriter.UNSUBSCRIBE_PATH)
    ResponseEntity<String> show(
            @RequestParam(name = "token", required = false) String token,
            @RequestHeader(name = "Accept-Language", required = false) String browser) {
        return render(unsubscribing.check(token), browser, false);
    }

    @PostMapping(MailWriter.UNSUBSCRIBE_PATH)
    ResponseEntity<String> confirm(
            @RequestParam(name = "token", required = false) String token,
            @RequestHeader(name = "Accept-Language", required = false) String browser) {
        return render(unsubscribing.confirm(token), browser, true);
    }

    private ResponseEntity<String> render(Unsubscribing.Outcome outcome, String browser, boolean done) {
        Locale locale = outcome.recipient()
                .map(MailWriter::locale)
                .orElseGet(() -> Translations.supported(browserLocale(browser)));
        var status = outcome.recipient().isEmpty()
                ? UnsubscribeTokens.Verdict.Status.INVALID
                : outcome.verdict().status();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", locale.getLanguage());
        values.put("settingsUrl", properties.link("/profile"));
        values.put("settingsLabel", t("mail.unsubscribe.settings", locale));
        values.put("categoriesHtml", "");
        values.put("formHtml", "");
        String state = switch (status) {
            case VALID -> done ? "done" : "confirm";
            case EXPIRED -> "expired";
            case INVALID -> "invalid";
        };
        values.put("title", t("mail.unsubscribe." + state + ".title", locale));
        values.put("message", t("mail.unsubscribe." + state + ".message", locale));
        if (status == UnsubscribeTokens.Verdict.Status.VALID) {
            StringBuilder list = new StringBuilder("<ul>");
            for (NotificationCategory category : outcome.verdict().request().categories()) {
                list.append("<li>")
                        .append(MailTemplate.escape(t(category.messageKey(), locale)))
                        .append("</li>");
            }
            values.put("categoriesHtml", list.append("</ul>").toString());
        }
        if (status == UnsubscribeTokens.Verdict.Status.VALID && !done) {
            // posts to the same address: its query string carries the token
            values.put(
                    "formHtml",
                    "<form method=\"post\"><button type=\"submit\" style=\"font-size:16px;padding:8px 16px;\">"
                            + MailTemplate.escape(t("mail.unsubscribe.button", locale))
                            + "</button></form>");
        }
        HttpStatus code = status == UnsubscribeTokens.Verdict.Status.VALID ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(code)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(page.render(values));
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private static Locale browserLocale(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, Translations.LANGUAGES);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }
}
