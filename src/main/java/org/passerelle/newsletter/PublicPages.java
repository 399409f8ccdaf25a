package org.passerelle.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.passerelle.base.Translations;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The frame of the newsletter's public pages (archive, unsubscribe): plain HTML, no script, in one language. */
final class PublicPages {

    private PublicPages() {}

    /** The reader's language: {@code ?lang=}, else the browser's, else English. */
    static Locale language(String lang, String acceptLanguage) {
        if ("fr".equals(lang) || "en".equals(lang)) {
            return Locale.forLanguageTag(lang);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Translations.LANGUAGES);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }

    static ResponseEntity<String> page(HttpStatus status, Locale language, String title, String bodyHtml) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + IssueRenderer.escape(title) + "</title></head>\n<body style=\"margin:0;padding:24px;"
                + "background:#f5f7fa;font-family:Arial,Helvetica,sans-serif;color:#1f2933;\">\n"
                + "<main style=\"max-width:680px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px;\">\n"
                + bodyHtml + "\n</main>\n</body>\n</html>\n";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(html);
    }
}
