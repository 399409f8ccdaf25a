package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.QueryCounter;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ThreadService;
import org.passerelle.notifications.NotificationDispatcher;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.VotingFixture;

/**
 * The whole proposal page (sections, review, ballot, documents, thread, history) costs a fixed number of SQL
 * statements, whatever the number of messages, versions and other proposals, because its sections ask the
 * access contract, which answers each question once per request.
 */
class ProposalPageCostTest extends KaribuTest {

    /**
     * 30 until the page's header named the association, the call and the day of submission (one look-up each,
     * whatever the data); 31 statements when raised.
     */
    static final int MAX_STATEMENTS = 32;

    @Test
    void theWholePageCostsAFixedAndSmallNumberOfStatements() throws Exception {
        VotingFixture fixture = new VotingFixture(context, accounts);
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        ThreadService threads = context.getBean(ThreadService.class);
        long threadId = threads.open(SubjectRef.proposal(proposal.id())).id();
        long first = context.getBean(MessageService.class)
                .post(threadId, "Who maintains the panels?", null)
                .id();
        signIn(TestAccounts.STAFF);
        openPage(proposal.id()); // a first visit also marks the thread read: measure the returning reader
        long small = openPage(proposal.id());

        for (int i = 0; i < 40; i++) { // more messages, other proposals with their versions
            jdbc.update(
                    "insert into discussion_message (thread_id, author_id, reply_to_id, body, created_at, edited_at,"
                            + " deleted, hidden, auto_hidden, hidden_reason, hidden_by, version) select thread_id,"
                            + " author_id, reply_to_id, body, created_at, edited_at, deleted, hidden, auto_hidden,"
                            + " hidden_reason, hidden_by, version from discussion_message where id = ?",
                    first);
        }
        for (int i = 0; i < 4; i++) {
            fixture.proposalInVoting("Other " + i);
        }
        signIn(TestAccounts.STAFF);
        openPage(proposal.id());
        long large = openPage(proposal.id());

        assertThat(large).as("41 messages and five proposals vs one of each").isEqualTo(small);
        assertThat(large).as("statements to render the page").isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    /**
     * Statements of one page load, as a new request would send them (nothing remembered from before). The
     * notifications of the proposals just made are fanned out first, and their bell updates shown: they reach the
     * open page from another thread whenever that thread gets there, and would otherwise be counted with the page
     * under a loaded machine's timing (one statement more, seen once in a full build).
     */
    private long openPage(long proposalId) throws Exception {
        assertThat(context.getBean(NotificationDispatcher.class).awaitIdle(Duration.ofSeconds(30)))
                .isTrue();
        for (int i = 0; i < 10; i++) { // the bell's ring reaches the UI through the live relay's pool
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        context.getBean(SubjectAccess.class).forget();
        return QueryCounter.count(() -> {
                    navigate("proposals/" + proposalId);
                    return _get(ProposalPage.class).getPageTitle();
                })
                .statements();
    }
}
