package org.passerelle.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.contacts.ContactService;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public pages over real HTTP, without signing in: the archive shows sent issues only (a draft is "not found"),
 * and each recipient's unsubscribe link works with no session and no CSRF token (opening it changes nothing).
 */
@H2Test
class NewsletterHttpTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]*unsubscribe\\?token=[^\\s]+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NewsletterService newsletters;

    @Autowired
    NewsletterSending sending;

    TestAccounts accounts;
    NewsletterFixture fixture;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new NewsletterFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anyoneReadsASentIssueInEitherLanguageButADraftIsNotFound() throws Exception {
        long issue = fixture.completeDraft();
        long draft = newsletters.create("Secret plans", "Plans secrets").id();
        sending.send(issue, new Audience(fixture.segmentId, false), Locale.ENGLISH);
        TestAccounts.signOut();

        HttpResponse<String> english = get("/newsletters/" + issue);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains("Spring news")
                .contains("Solar for Huye")
                .contains("Lire en français");
        assertThat(english.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> french = get("/newsletters/" + issue + "?lang=fr");
        assertThat(french.body()).contains("<html lang=\"fr\">").contains("Nouvelles du printemps");
        HttpResponse<String> list = get("/newsletters");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Spring news").doesNotContain("Secret plans");

        HttpResponse<String> hidden = get("/newsletters/" + draft);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Secret plans");
        assertThat(get("/newsletters/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aContactsLinkWithdrawsTheirConsentWithoutSigningInOnlyWhenConfirmed() throws Exception {
        long issue = fixture.completeDraft();
        sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH);
        String link = linkOf("aline@contacts.example");
        assertThat(link).startsWith("/newsletters/unsubscribe?token=");
        TestAccounts.signOut();

        HttpResponse<String> page = get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Se désabonner").contains("<form method=\"post\">");
        assertThat(consentOf(fixture.frenchContact))
                .as("opening the link changes nothing")
                .isTrue();

        HttpResponse<String> done = post(link);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Vous êtes désabonné·e");
        assertThat(consentOf(fixture.frenchContact)).isFalse();
        assertThat(consentOf(fixture.englishContact)).isTrue();

        HttpResponse<String> tampered = post(link.substring(0, link.length() - 3) + "AAA");
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(post("/newsletters/unsubscribe?token=nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void aMembersLinkTurnsTheNewsletterOffInTheirSettings() throws Exception {
        long issue = fixture.completeDraft();
        sending.send(issue, new Audience(null, true), Locale.ENGLISH);
        String link = linkOf(TestAccounts.MEMBER.email());
        TestAccounts.signOut();

        assertThat(post(link).statusCode()).isEqualTo(200);

        NotificationSettings settings = context.getBean(NotificationSettings.class);
        assertThat(settings.modeOf(accounts.idOf(TestAccounts.MEMBER), NotificationCategory.NEWSLETTER))
                .isEqualTo(MailMode.OFF);
        assertThat(settings.modeOf(accounts.idOf(TestAccounts.BOARD), NotificationCategory.NEWSLETTER))
                .isEqualTo(MailMode.IMMEDIATE);
    }

    private String linkOf(String address) {
        String text =
                jdbc.queryForObject("select text_body from mail_queue where to_address = ?", String.class, address);
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("an unsubscribe link in " + text).isTrue();
        return matcher.group(1);
    }

    private boolean consentOf(long contactId) {
        accounts.signIn(TestAccounts.STAFF);
        try {
            return context.getBean(ContactService.class).get(contactId).consent();
        } finally {
            TestAccounts.signOut();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
