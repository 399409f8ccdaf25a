package org.passerelle.bench;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PostgresTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.dashboard.HomeBlocks;
import org.passerelle.proposals.PipelineFilter;
import org.passerelle.proposals.ProposalDashboards;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark, not part of the test suite ({@code ./mvnw -B -Pbench test -Dtest=DashboardPostgresBenchmark}): the
 * data of {@link DashboardBenchmark} on PostgreSQL 17 (embedded, or the server named by {@code
 * PASSERELLE_TEST_POSTGRES_URL}), through the services that build each home and the pipeline (no view): every
 * run a transaction of its own, nothing remembered from the run before.
 */
@PostgresTest
class DashboardPostgresBenchmark {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void homeVariantsAndPipeline() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        DashboardCorpus.create(
                context,
                accounts,
                DashboardBenchmark.PEOPLE,
                DashboardBenchmark.SPACES,
                DashboardBenchmark.PROPOSALS,
                DashboardBenchmark.BALLOTS,
                DashboardBenchmark.MESSAGES);
        HomeBlocks blocks = context.getBean(HomeBlocks.class);
        ProposalDashboards proposals = context.getBean(ProposalDashboards.class);
        RoundTripMemo memo = context.getBean(RoundTripMemo.class);
        Measure measure = new Measure(20, 200);
        for (TestAccounts.Person person : new TestAccounts.Person[] {
            TestAccounts.MEMBER, TestAccounts.BOARD, TestAccounts.STAFF, TestAccounts.BOTH
        }) {
            accounts.signIn(person);
            measure.time(
                    "home blocks: "
                            + String.join(
                                    " + ",
                                    person.roles().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()),
                    memo::forget,
                    () -> blocks.forMe(Locale.ENGLISH));
        }
        for (TestAccounts.Person person : new TestAccounts.Person[] {TestAccounts.STAFF, TestAccounts.BOARD}) {
            accounts.signIn(person);
            measure.time(
                    "pipeline figures, no filter: " + person.roles().iterator().next(),
                    memo::forget,
                    () -> proposals.pipeline(PipelineFilter.ANY));
        }
        measure.report(
                "Home and pipeline services on PostgreSQL 17: " + DashboardBenchmark.PROPOSALS + " proposals, "
                        + DashboardBenchmark.MESSAGES + " messages, " + DashboardBenchmark.BALLOTS + " ballots, "
                        + DashboardBenchmark.PEOPLE + " people, " + DashboardBenchmark.SPACES + " spaces",
                "dashboard-postgres.md");
    }
}
