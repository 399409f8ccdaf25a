package org.passerelle.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.security.LoginThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The page the server sends already names its language in {@code <html lang>}, decided as for the user
 * interface: the browser's language, this browser's last choice (cookie), the signed-in person's language.
 */
@H2Test
class PageLanguageHttpTest {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LoginThrottle throttle;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        throttle.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theLoginPageIsInTheBrowsersLanguage() throws Exception {
        assertThat(htmlLang(new Client("fr").get("/login"))).isEqualTo("fr");
        assertThat(htmlLang(new Client("fr-CA,fr;q=0.9").get("/login"))).isEqualTo("fr");
        assertThat(htmlLang(new Client("en").get("/login"))).isEqualTo("en");
        // a language the application does not speak: English, as the user interface
        assertThat(htmlLang(new Client("de").get("/login"))).isEqualTo("en");
    }

    @Test
    void theLanguageThisBrowserChoseLastWinsOverTheBrowsersOwn() throws Exception {
        Client client = new Client("en");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Cookie", "passerelle-language=fr")
                .GET());
        assertThat(htmlLang(page)).isEqualTo("fr");
    }

    @Test
    void aSignedInPersonsPagesAreInTheirLanguage() throws Exception {
        Client french = new Client("en").signIn(TestAccounts.MEMBER);
        HttpResponse<String> home = french.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(htmlLang(home)).isEqualTo("fr");

        Client english = new Client("fr").signIn(TestAccounts.BOARD);
        assertThat(htmlLang(english.get("/"))).isEqualTo("en");
    }

    private static String htmlLang(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher lang = HTML_LANG.matcher(page.body());
        assertThat(lang.find()).as("<html lang> in %s", page.body()).isTrue();
        return lang.group(1);
    }

    private final class Client {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        final String acceptLanguage;

        Client(String acceptLanguage) {
            this.acceptLanguage = acceptLanguage;
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(
                    request.header("Accept-Language", acceptLanguage).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        Client signIn(TestAccounts.Person person) throws IOException, InterruptedException {
            get("/login");
            String form = "username=" + URLEncoder.encode(person.email(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return this;
        }
    }
}
