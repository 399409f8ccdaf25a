package org.passerelle.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.QueryCounter;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectAccess;
import org.passerelle.dashboard.DashboardFixture;

/**
 * Each variant of the home page costs a fixed, small number of SQL statements, whatever the number of proposals,
 * questions, milestones, ballots, sessions and documents: counts are single queries, lists are limited in the
 * database, and access is asked in bulk.
 */
class HomePageCostTest extends KaribuTest {

    // the dashboard blocks cost up to 37; the "New for you" section of notifications adds its unread count, its newest
    // lines and their titles asked in bulk per kind of subject
    static final int MAX_STATEMENTS = 50;

    @Test
    void everyHomeAndThePipelineCostTheSameNumberOfStatementsWithThreeOrTenTimesMoreData() throws Exception {
        DashboardFixture data = new DashboardFixture(context, accounts);
        data.more(3); // every list full
        // once first: what the context initialises at its first use (whichever test ran before) is not a page's cost
        cost(TestAccounts.STAFF, "pipeline");
        cost(TestAccounts.BOTH);
        long[] pipelineSmall = {cost(TestAccounts.STAFF, "pipeline"), cost(TestAccounts.BOARD, "pipeline")};
        long[] small = {
            cost(TestAccounts.MEMBER), cost(TestAccounts.BOARD), cost(TestAccounts.STAFF), cost(TestAccounts.BOTH)
        };
        data.more(7);
        long[] pipelineLarge = {cost(TestAccounts.STAFF, "pipeline"), cost(TestAccounts.BOARD, "pipeline")};
        long[] large = {
            cost(TestAccounts.MEMBER), cost(TestAccounts.BOARD), cost(TestAccounts.STAFF), cost(TestAccounts.BOTH)
        };

        assertThat(large)
                .as("member, board, staff, member and board: 10 of each vs 3")
                .isEqualTo(small);
        assertThat(pipelineLarge).as("pipeline of staff and board").isEqualTo(pipelineSmall);
        for (long statements : pipelineLarge) {
            assertThat(statements).isBetween(5L, (long) MAX_STATEMENTS);
        }
        for (long statements : large) {
            assertThat(statements).isBetween(5L, (long) MAX_STATEMENTS);
        }
        System.out.printf("pipeline statements: staff %d, board %d%n", pipelineLarge[0], pipelineLarge[1]);
        System.out.printf(
                "home statements: member %d, board %d, staff %d, member and board %d%n",
                large[0], large[1], large[2], large[3]);
    }

    /** Statements of one home page load, as a new request would send them (nothing remembered from before). */
    private long cost(TestAccounts.Person person) throws Exception {
        return cost(person, "");
    }

    private long cost(TestAccounts.Person person, String page) throws Exception {
        signIn(person);
        navigate("my-actions"); // leave the home, so that the next visit builds it anew
        context.getBean(SubjectAccess.class).forget();
        return QueryCounter.count(() -> {
                    navigate(page);
                    return page.isEmpty()
                            ? _get(HomeView.class).getPageTitle()
                            : _get(PipelineView.class).getPageTitle();
                })
                .statements();
    }
}
