package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsFixture;
import org.passerelle.documents.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The security headers of the application's pages over real HTTP, the login page and a signed-in page
 * alike; HSTS only over HTTPS (here: behind a TLS proxy); downloads keep their own sandbox policy alone.
 */
@H2Test
class PageHeadersHttpTest {

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
    void theLoginPageAndASignedInPageCarryTheSecurityHeaders() throws Exception {
        WebClient browser = new WebClient(port);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());

        browser.signIn(TestAccounts.MEMBER.email(), TestAccounts.PASSWORD, "Origin", browser.ownOrigin());
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertSecurityHeaders(home.headers());
        assertThat(home.headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP: browsers ignore it there, and a local test server must stay reachable")
                .isEmpty();
    }

    @Test
    void overHttpsTheBrowserIsToldToStayOnHttps() throws Exception {
        HttpResponse<String> login = new WebClient(port).get("/login", "X-Forwarded-Proto", "https");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        assertSecurityHeaders(login.headers());
    }

    @Test
    void downloadsKeepTheirOwnSandboxPolicyAlone() throws Exception {
        DocumentsFixture fixture = new DocumentsFixture(context, accounts);
        accounts.signIn(TestAccounts.MEMBER);
        long id = DocumentsFixture.upload(
                        context.getBean(DocumentUploads.class),
                        SubjectRef.proposal(fixture.proposalId),
                        "agenda.html",
                        TestFiles.htmlWithScript())
                .document()
                .id();
        TestAccounts.signOut();
        WebClient browser = new WebClient(port);
        browser.signIn(TestAccounts.MEMBER.email(), TestAccounts.PASSWORD, "Origin", browser.ownOrigin());

        HttpResponse<String> download = browser.get("/files/documents/" + id);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; sandbox");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains(
                        "default-src 'self'",
                        "frame-ancestors 'self'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .doesNotContain("*", "http:", "https:");
    }
}
