package org.passerelle.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.dashboard.ui.HomeView;
import org.passerelle.dashboard.ui.PipelineView;

/**
 * Benchmark of the sizes, not part of the test suite ({@code ./mvnw -B -Pbench test
 * -Dtest=DashboardBenchmark}): 10,000 proposals, 100,000 messages, 1,000 open ballots, 300 people, board members
 * in 100 spaces, on H2 in memory; the server time of each home variant and of the pipeline, rendered by the real
 * views (Karibu builds them in this JVM), and the SQL statements each sends.
 */
class DashboardBenchmark extends KaribuTest {

    static final int PROPOSALS = Integer.getInteger("bench.proposals", 10_000);
    static final int MESSAGES = Integer.getInteger("bench.messages", 100_000);
    static final int BALLOTS = Integer.getInteger("bench.ballots", 1_000);
    static final int PEOPLE = Integer.getInteger("bench.people", 300);
    static final int SPACES = Integer.getInteger("bench.spaces", 100);

    @Test
    void homeVariantsAndPipeline() throws Exception {
        long start = System.nanoTime();
        DashboardCorpus.create(context, accounts, PEOPLE, SPACES, PROPOSALS, BALLOTS, MESSAGES);
        System.out.printf("[bench] corpus built in %.1f s%n", (System.nanoTime() - start) / 1e9);
        RoundTripMemo memo = context.getBean(RoundTripMemo.class);
        Measure measure = new Measure(20, 200);
        for (TestAccounts.Person person : new TestAccounts.Person[] {
            TestAccounts.MEMBER, TestAccounts.BOARD, TestAccounts.STAFF, TestAccounts.BOTH
        }) {
            signIn(person);
            measure.time(
                    "home: "
                            + String.join(
                                    " + ",
                                    person.roles().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()),
                    () -> {
                        navigate("my-actions"); // leave the home, so that the next visit builds it anew
                        memo.forget();
                        sent(); // as after a response: the UI's pending changes are sent
                    },
                    () -> {
                        navigate("");
                        return _get(HomeView.class).getPageTitle();
                    });
        }
        for (TestAccounts.Person person : new TestAccounts.Person[] {TestAccounts.STAFF, TestAccounts.BOARD}) {
            signIn(person);
            measure.time(
                    "pipeline, no filter: " + person.roles().iterator().next(),
                    () -> {
                        navigate("my-actions");
                        memo.forget();
                        sent(); // as after a response: the UI's pending changes are sent
                    },
                    () -> {
                        navigate("pipeline");
                        return _get(PipelineView.class).getPageTitle();
                    });
        }
        signIn(TestAccounts.STAFF);
        navigate("pipeline");
        String table = _get(
                        com.vaadin.flow.component.Html.class,
                        spec -> spec.withPredicate(
                                html -> html.getInnerHtml().contains("<caption>Proposals per call and stage")))
                .getInnerHtml();
        assertThat(table.split("<tr>", -1).length - 2)
                .as("rows: one per call, and the totals")
                .isGreaterThan(SPACES);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.passerelle.base.Sector> sector =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Sector"));
        measure.time(
                "pipeline, filter by sector (staff)",
                () -> {
                    memo.forget();
                    sent();
                },
                () -> {
                    sector.setValue(
                            sector.getValue() == org.passerelle.base.Sector.HEALTH
                                    ? org.passerelle.base.Sector.EDUCATION_TVET
                                    : org.passerelle.base.Sector.HEALTH);
                    return sector.getValue();
                });
        measure.report(
                "Home and pipeline on H2 (in memory): " + PROPOSALS + " proposals, " + MESSAGES + " messages, "
                        + BALLOTS + " ballots, " + PEOPLE + " people, " + SPACES + " spaces",
                "dashboard-h2.md");
    }

    /**
     * What a response to the browser does: Karibu's round-trip runs pending tasks but keeps the UI's changes, which
     * would pile up over hundreds of runs in one UI (a real response sends and forgets them).
     */
    private static void sent() {
        MockVaadin.clientRoundtrip(false);
        com.vaadin.flow.component.UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});
    }
}
