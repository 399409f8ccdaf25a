package org.passerelle.documents;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.security.LoginThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Downloads over real HTTP, through the security filter chain: attachment only, detected type, not found. */
@H2Test
class DocumentDownloadsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentUploads uploads;

    @Autowired
    LoginThrottle throttle;

    TestAccounts accounts;
    DocumentsFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        throttle.reset();
        fixture = new DocumentsFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void htmlWithAScriptIsServedAsAnAttachmentNeverInline() throws Exception {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] html = TestFiles.htmlWithScript();
        long id = DocumentsFixture.upload(
                        uploads, SubjectRef.proposal(fixture.proposalId), "agenda \"final\".html", html)
                .document()
                .id();
        TestAccounts.signOut();

        HttpResponse<byte[]> response = as(TestAccounts.MEMBER).get("/files/documents/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(html);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String disposition =
                response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("agenda _final_.html");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("sandbox");
    }

    @Test
    void aDocumentOneMayNotSeeIsNotFound() throws Exception {
        accounts.signIn(TestAccounts.MEMBER);
        byte[] pdf = TestFiles.pdf("Budget", TestFiles.ENGLISH);
        long id = DocumentsFixture.upload(uploads, SubjectRef.proposal(fixture.proposalId), "budget.pdf", pdf)
                .document()
                .id();
        TestAccounts.signOut();

        Client outsider = as(TestAccounts.OUTSIDER);
        assertThat(outsider.get("/files/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(outsider.get("/files/documents/" + (id + 1000)).statusCode()).isEqualTo(404);
        assertThat(outsider.get("/files/documents/not-a-number").statusCode()).isEqualTo(404);
        // the board does not see a draft: the same answer as for an id that does not exist
        assertThat(as(TestAccounts.BOARD).get("/files/documents/" + id).statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> member = as(TestAccounts.MEMBER).get("/files/documents/" + id);
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.headers().firstValue("Content-Type")).contains("application/pdf");

        HttpResponse<byte[]> anonymous = new Client().get("/files/documents/" + id);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.body()).isNotEqualTo(pdf);
    }

    private Client as(TestAccounts.Person person) throws IOException, InterruptedException {
        Client client = new Client();
        client.get("/login");
        String form = "username=" + URLEncoder.encode(person.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<byte[]> signIn = client.http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private final class Client {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
