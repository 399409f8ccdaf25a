package org.passerelle.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.base.Translations;
import org.passerelle.contacts.ContactService;
import org.passerelle.notifications.ReadyMails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contact's unsubscribe link, without signing in (members' links go to the notifications' unsubscribe page, which
 * turns their newsletter setting off). The token, signed with the notifications' unsubscribe key, names the
 * contact, their language and an expiry. Opening it (GET) changes nothing (link scanners open links); the button,
 * or a mail program's one-click POST (RFC 8058), withdraws the contact's consent.
 */
@RestController
class ContactUnsubscribePage {

    static final String PATH = "/newsletters/unsubscribe";

    private record Request(long contactId, Locale language, boolean expired) {}

    private final ReadyMails mails;
    private final ContactService contacts;
    private final Translations translations;
    private final Clock clock;

    ContactUnsubscribePage(ReadyMails mails, ContactService contacts, Translations translations, Clock clock) {
        this.mails = mails;
        this.contacts = contacts;
        this.translations = translations;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(
            @RequestParam(name = "token", required = false) String token,
            @RequestHeader(name = "Accept-Language", required = false) String browser) {
        return render(read(token), browser, false);
    }

    @PostMapping(PATH)
    ResponseEntity<String> confirm(
            @RequestParam(name = "token", required = false) String token,
            @RequestHeader(name = "Accept-Language", required = false) String browser) {
        Optional<Request> request = read(token);
        request.filter(r -> !r.expired())
                .ifPresent(r -> contacts.withdrawConsent(r.contactId(), "newsletter unsubscribe link"));
        return render(request, browser, true);
    }

    private ResponseEntity<String> render(Optional<Request> request, String browser, boolean done) {
        Locale language = request.map(Request::language).orElseGet(() -> PublicPages.language(null, browser));
        String state = request.isEmpty() ? "invalid" : request.get().expired() ? "expired" : done ? "done" : "confirm";
        StringBuilder body = new StringBuilder()
                .append("<h1>")
                .append(IssueRenderer.escape(t("newsletter.unsubscribe." + state + ".title", language)))
                .append("</h1>\n<p>")
                .append(IssueRenderer.escape(t("newsletter.unsubscribe." + state + ".message", language)))
                .append("</p>\n");
        if (state.equals("confirm")) {
            // posts to the same address: its query string carries the token
            body.append("<form method=\"post\"><button type=\"submit\" style=\"font-size:16px;padding:8px 16px;\">")
                    .append(IssueRenderer.escape(t("newsletter.unsubscribe.button", language)))
                    .append("</button></form>\n");
        }
        HttpStatus status = state.equals("confirm") || state.equals("done") ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return PublicPages.page(
                status, language, t("newsletter.unsubscribe." + state + ".title", language), body.toString());
    }

    private Optional<Request> read(String token) {
        return mails.read(NewsletterSending.CONTACT_PURPOSE, token).flatMap(value -> {
            String[] parts = value.split(":", -1);
            try {
                long contactId = Long.parseLong(parts[0]);
                Locale language = Locale.forLanguageTag("fr".equals(parts[1]) ? "fr" : "en");
                Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
                return Optional.of(
                        new Request(contactId, language, !clock.instant().isBefore(expires)));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        });
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
