package org.passerelle.outcomes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalPublications;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Over HTTP, with no session: the public outcomes page answers and names the published project (never an
 * unpublished one), and every other view of the application still sends the visitor to the login.
 */
@H2Test
class OutcomesHttpTest {

    /**
     * The views anyone may open without signing in: the sign-in page, the public outcomes page, and the public
     * newsletter archive (issue 19, item 6; built beside this page, maybe not there yet).
     */
    private static boolean publicByDesign(String path) {
        return path.equals("login")
                || path.equals("outcomes")
                || path.equals("newsletters")
                || path.startsWith("newsletters/");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void thePublicPageAnswersWithoutASessionAndShowsOnlyThePublished() throws Exception {
        VotingFixture fixture = new VotingFixture(context, accounts);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView published = fixture.proposalInVoting("Solar clinic in Nyamagabe");
        proposals.act(published.id(), ProposalAction.ACCEPT, "Relevant");
        ProposalView unpublished = fixture.proposalInVoting("Confidential water plan");
        proposals.act(unpublished.id(), ProposalAction.ACCEPT, "Relevant");
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(ProposalPublications.class).agree(published.id(), "Nights of care.", null);
        TestAccounts.signOut();

        HttpResponse<String> page = get("/outcomes", "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"");
        String content = content("en");
        assertThat(content).contains("Solar clinic in Nyamagabe", "Nights of care.", "Newsletter archive");
        assertThat(content).doesNotContain("Confidential water plan", "Moussa Membre", "member@test.example");

        HttpResponse<String> french = get("/outcomes", "fr");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body()).contains("<html lang=\"fr\"");
        assertThat(content("fr")).contains("Les projets et leurs résultats", "Solar clinic in Nyamagabe");
    }

    @Test
    void everyOtherViewSendsAnAnonymousVisitorToTheLogin() throws Exception {
        Set<String> paths = routePaths();
        assertThat(paths).contains("", "accounts", "proposals/1", "outcomes", "login");
        SoftAssertions softly = new SoftAssertions();
        for (String path : paths) {
            HttpResponse<String> answer = get("/" + path, "en");
            if (publicByDesign(path)) {
                softly.assertThat(answer.statusCode()).as("/" + path).isEqualTo(200);
            } else {
                softly.assertThat(answer.statusCode()).as("/" + path).isEqualTo(302);
                softly.assertThat(answer.headers().firstValue("Location").orElse(""))
                        .as("/" + path)
                        .endsWith("/login");
            }
        }
        softly.assertAll();
    }

    /** Every view's address, its parameters filled in (an id of 1). */
    private static Set<String> routePaths() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> paths = new TreeSet<>();
        scanner.findCandidateComponents("org.passerelle").forEach(candidate -> {
            try {
                Route route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
                paths.add(route.value().replaceAll(":[a-zA-Z]+(\\([^)]*\\))?[?*]?", "1"));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return paths;
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * What the page shows, as its script asks for it: the page sent first is Vaadin's bootstrap, which starts the
     * UI ({@code v-r=init}) and then asks to navigate to the address (the {@code ui-navigate} event); the view's
     * texts come in that answer. All in the session the bootstrap started, with no one signed in.
     */
    private String content(String language) throws IOException, InterruptedException {
        HttpResponse<String> init = get("/?v-r=init&location=outcomes", language);
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"")
                .matcher(init.body());
        assertThat(key.find()).as("the UI's security key in %s", init.body()).isTrue();
        java.util.regex.Matcher ui =
                java.util.regex.Pattern.compile("\"v-uiId\":(\\d+)").matcher(init.body());
        assertThat(ui.find()).as("the UI's id in %s", init.body()).isTrue();
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"outcomes\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> shown = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                        .header("Accept-Language", language)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        return shown.body();
    }
}
