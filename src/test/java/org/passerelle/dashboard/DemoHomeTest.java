package org.passerelle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On a first start with the demo data (its own in-memory database), the home pages of the demo people show
 * something in every block: which blocks have items, person by person.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:passerelle-demo-home;DB_CLOSE_DELAY=-1",
            "passerelle.accounts.demo-data=true",
            "passerelle.documents.storage-dir=target/test-documents/demo-home",
            "passerelle.search.in-memory=true",
            "passerelle.accounts.bootstrap-admin-email=",
            "vaadin.launch-browser=false"
        })
class DemoHomeTest {

    @Autowired
    HomeBlocks blocks;

    @Autowired
    RunAs runAs;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Map<String, Long> counts(String email) {
        Map<String, Long> counts = read(email);
        System.out.println("demo home of " + email + ": " + counts);
        return counts;
    }

    private Map<String, Long> read(String email) {
        @SuppressWarnings("unchecked")
        Map<String, Long>[] found = new Map[1];
        runAs.run(
                email,
                () -> found[0] = blocks.forMe(Locale.ENGLISH).stream()
                        .collect(Collectors.toMap(HomeBlock::key, HomeBlock::count)));
        return found[0];
    }

    @Test
    void theDemoPeopleFindSomethingToDoOnTheirHomePage() throws InterruptedException {
        assertThat(counts("member@passerelle.demo"))
                .containsEntry("dashboard.member.drafts", 1L)
                .containsEntry("dashboard.member.answers", 1L)
                .containsEntry(
                        "dashboard.member.calls", 2L) // the Rwanda call, and the women's call closing in ten days
                .containsEntry("dashboard.member.milestones", 1L) // the late one; the other is six weeks away
                .containsEntry("dashboard.actions", 1L) // from the kick-off two weeks ago
                .containsEntry("dashboard.sessions", 1L);
        assertThat(counts("board@passerelle.demo"))
                .containsEntry("dashboard.board.questions", 1L)
                .containsEntry("dashboard.board.ballots", 1L)
                .containsEntry("dashboard.actions", 1L)
                .containsEntry("dashboard.sessions", 1L);
        // the protected bank statement is read in the background: it becomes unreadable within a minute
        long end = System.nanoTime() + 60_000_000_000L;
        while (read("staff@passerelle.demo").get("dashboard.staff.documents") == 0 && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertThat(counts("staff@passerelle.demo"))
                .containsEntry("dashboard.staff.documents", 1L)
                .containsEntry("dashboard.staff.triage", 1L)
                .containsEntry("dashboard.staff.ballots", 1L) // closes in two days, nobody voted yet
                .containsEntry("dashboard.staff.reports", 1L)
                .containsEntry("dashboard.staff.calls", 1L)
                .containsEntry("dashboard.actions", 1L) // Lucas facilitates the Rwanda space
                .containsEntry("dashboard.staff.sessions", 1L); // the afternoon, in two working days
    }
}
