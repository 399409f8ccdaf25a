package org.passerelle.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.Topic;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unsubscribe link over real HTTP, with no session and no CSRF token: opening it changes nothing, confirming it
 * (or a mail program's one-click POST) turns the categories off; an expired or tampered link changes nothing.
 */
@MailH2Test
class UnsubscribeHttpTest extends SmtpServerTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpaceService spaces;

    @Autowired
    UnsubscribeTokens tokens;

    TestAccounts accounts;
    MailFixture fixture;
    long member;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new MailFixture(jdbc, accounts).spaces(spaces);
        member = accounts.idOf(TestAccounts.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String token(Instant expires) {
        return tokens.sign(member, EnumSet.of(NotificationCategory.REPLIES, NotificationCategory.SESSIONS), expires);
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mail/unsubscribe?token=" + token))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> oneClick(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mail/unsubscribe?token=" + token))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> offCategories() {
        return jdbc.queryForList(
                "select category from notification_preference where account_id = ? and mail_mode = 'OFF'"
                        + " order by category",
                String.class,
                member);
    }

    @Test
    void openingTheLinkShowsWhatWillStopInThePersonsLanguageAndChangesNothing() throws Exception {
        HttpResponse<String> page = get(token(Instant.now().plus(Duration.ofDays(1))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"fr\">")
                .contains("Arrêter ces e-mails")
                .contains("<form method=\"post\">");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(offCategories()).isEmpty();
    }

    @Test
    void theOneClickPostTurnsTheCategoriesOffWithoutSessionOrCsrfToken() throws Exception {
        long waiting = fixture.notify(TestAccounts.MEMBER, Topic.REPLIED, fixture.openSpace, MailMode.DAILY);
        long other = fixture.notify(TestAccounts.MEMBER, Topic.MENTIONED, fixture.openSpace, MailMode.DAILY);
        HttpResponse<String> done = oneClick(token(Instant.now().plus(Duration.ofDays(1))));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("C&#39;est fait");
        assertThat(offCategories()).containsExactly("REPLIES", "SESSIONS");
        assertThat(fixture.mailState(waiting)).as("not mailed any more").isEqualTo("NONE");
        assertThat(fixture.mailState(other)).as("another category").isEqualTo("PENDING");
        assertThat(oneClick(token(Instant.now().plus(Duration.ofDays(1)))).statusCode())
                .as("again: still fine")
                .isEqualTo(200);
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
        String expired = token(Instant.now().minusSeconds(1));
        HttpResponse<String> page = oneClick(expired);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Ce lien a expiré")
                .contains("Rien n&#39;a été modifié")
                .doesNotContain("<form");
        assertThat(get(expired).body()).contains("Ce lien a expiré");
        assertThat(offCategories()).isEmpty();
    }

    @Test
    void aTamperedLinkSaysSoAndChangesNothing() throws Exception {
        String valid = token(Instant.now().plus(Duration.ofDays(1)));
        // another person's id in the payload, the signature kept
        String payload = new String(java.util.Base64.getUrlDecoder().decode(valid.substring(0, valid.indexOf('.'))));
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replaceFirst("^\\d+", String.valueOf(accounts.idOf(TestAccounts.BOARD)))
                                .getBytes())
                + valid.substring(valid.indexOf('.'));
        for (String token : List.of(forged, valid.substring(0, valid.length() - 2) + "AA", "garbage", "")) {
            HttpResponse<String> page = oneClick(token);
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("This link is not valid").contains("Nothing was changed");
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Integer.class))
                .isZero();
    }
}
