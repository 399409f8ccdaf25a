package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Login CSRF over real HTTP: a sign-in (or sign-out) form posted from another site is refused and leaves
 * the browser as it was; the application's own login page still signs in.
 */
@H2Test
class SignInOriginHttpTest {

    private static final String EVIL = "https://evil.example";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        new TestAccounts(context).reset();
        throttle.reset();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/login"); // the victim has a session already, as after any visit

        HttpResponse<String> forged = browser.signIn(
                TestAccounts.MEMBER.email(), TestAccounts.PASSWORD, "Origin", EVIL, "Sec-Fetch-Site", "cross-site");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void eitherHeaderAloneBetraysAnotherSite() throws Exception {
        WebClient browser = new WebClient(port);
        String member = TestAccounts.MEMBER.email();
        // a browser without Fetch Metadata still sends Origin on a cross-origin POST
        assertThat(browser.signIn(member, TestAccounts.PASSWORD, "Origin", EVIL).statusCode())
                .isEqualTo(403);
        // the same host on another port or scheme is another origin
        assertThat(browser.signIn(member, TestAccounts.PASSWORD, "Origin", "http://localhost:" + (port + 1))
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.signIn(member, TestAccounts.PASSWORD, "Origin", "https://localhost:" + port)
                        .statusCode())
                .isEqualTo(403);
        // sandboxed frames and data: pages send "null"
        assertThat(browser.signIn(member, TestAccounts.PASSWORD, "Origin", "null")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.signIn(member, TestAccounts.PASSWORD, "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.signIn(member, TestAccounts.PASSWORD, "Sec-Fetch-Site", "same-site")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void theApplicationsOwnLoginPageSignsIn() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/login");

        HttpResponse<String> signIn = browser.signIn(
                TestAccounts.MEMBER.email(),
                TestAccounts.PASSWORD,
                "Origin",
                browser.ownOrigin(),
                "Sec-Fetch-Site",
                "same-origin");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aSignOutPostedFromAnotherSiteIsRefused() throws Exception {
        WebClient browser = new WebClient(port);
        browser.signIn(TestAccounts.MEMBER.email(), TestAccounts.PASSWORD, "Origin", browser.ownOrigin());
        assertThat(browser.signedIn()).isTrue();

        assertThat(browser.post("/logout", "Origin", EVIL, "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void behindATlsProxyThePublicOriginIsTheApplicationsOwn() throws Exception {
        WebClient browser = new WebClient(port);
        // the proxy says the browser came over https (honoured: server.forward-headers-strategy)
        HttpResponse<String> signIn = browser.signIn(
                TestAccounts.MEMBER.email(),
                TestAccounts.PASSWORD,
                "X-Forwarded-Proto",
                "https",
                "Origin",
                "https://localhost");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        assertThat(new WebClient(port)
                        .signIn(
                                TestAccounts.MEMBER.email(),
                                TestAccounts.PASSWORD,
                                "X-Forwarded-Proto",
                                "https",
                                "Origin",
                                EVIL)
                        .statusCode())
                .isEqualTo(403);
    }
}
