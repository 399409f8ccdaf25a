package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in, sign-out and ended sessions over real HTTP, through the whole Spring Security filter chain. */
@H2Test
class SignInHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountService accountService;

    private TestAccounts accounts;
    private CookieManager cookies;
    private HttpClient http;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(applicationContext);
        accounts.reset();
        throttle.reset();
        cookies = new CookieManager();
        http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void signOutOfTests() {
        TestAccounts.signOut();
    }

    @Test
    void signInGivesANewSessionIdAndSignOutEndsTheSession() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        String before = sessionId().orElseThrow();

        HttpResponse<String> signIn = postLogin(TestAccounts.BOARD.email(), TestAccounts.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).endsWith("/");
        String after = sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = post("/logout", "", csrfHeader(home.body()));
        assertThat(logout.statusCode()).isEqualTo(302);

        // the old session id no longer signs anyone in
        cookies.getCookieStore().removeAll();
        cookies.getCookieStore().add(URI.create(base()), sessionCookie(after));
        assertThat(isSignedIn()).isFalse();
    }

    @Test
    void wrongPasswordsAreThrottledAndEvenTheRightOneIsThenRefused() throws Exception {
        get("/login");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = postLogin(TestAccounts.STAFF.email(), "not-the-password-" + i);
            assertThat(location(failed)).contains("/login?error");
        }
        HttpResponse<String> refused = postLogin(TestAccounts.STAFF.email(), TestAccounts.PASSWORD);
        assertThat(location(refused)).contains("/login?error");
        assertThat(isSignedIn()).isFalse();
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        get("/login");
        postLogin(TestAccounts.BOARD.email(), TestAccounts.PASSWORD);
        assertThat(isSignedIn()).isTrue();

        accounts.signIn(TestAccounts.ADMIN);
        accountService.setEnabled(accounts.idOf(TestAccounts.BOARD), false);

        assertThat(isSignedIn()).isFalse();
    }

    @Test
    void theLoginPageCanLoadOurStylesheetAndLogoBeforeSignIn() throws Exception {
        HttpResponse<String> css = get("/styles/passerelle.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".passerelle-login");
        assertThat(get("/images/passerelle.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> home = get("/accounts");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
    }

    private boolean isSignedIn() throws IOException, InterruptedException {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String email, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return post("/login", form, new String[0]);
    }

    private HttpResponse<String> post(String path, String form, String[] headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length == 2) {
            request.header(headers[0], headers[1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF header Vaadin puts in its bootstrap page, if any. */
    private static String[] csrfHeader(String html) {
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        Matcher header = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"")
                .matcher(html);
        if (token.find() && header.find()) {
            return new String[] {header.group(1), token.group(1)};
        }
        return new String[0];
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private static HttpCookie sessionCookie(String id) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
