package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The staff's triage list, against H2 and PostgreSQL: what is in it, in which order, with which names. */
abstract class TriageQueueContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TriageQueue triage;

    @Autowired
    ProposalService proposals;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void submittedAndInReviewProposalsTheLongestWaitingFirstWithTheirCallAndAssociation() {
        ProposalView inReview = fixture.proposalInReview("Water tower");
        submittedDaysAgo(inReview.id(), 2);
        ProposalView submitted = fixture.proposalSubmitted("Solar school");
        submittedDaysAgo(submitted.id(), 9);
        ProposalView voting = fixture.proposalInVoting("Health post");
        accounts.signIn(TestAccounts.MEMBER);
        proposals.createDraft(fixture.callId, fixture.associationId, "A draft");

        accounts.signIn(TestAccounts.STAFF);
        var rows = triage.waiting(Locale.FRENCH);
        assertThat(rows).extracting(TriageRow::title).containsExactly("Solar school", "Water tower");
        assertThat(rows).extracting(TriageRow::id).doesNotContain(voting.id());
        TriageRow first = rows.getFirst();
        assertThat(first.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(first.callTitle()).as("in the reader's language").isEqualTo("Centres de santé");
        assertThat(first.associationName()).isEqualTo("Ubumwe Bruxelles");
        assertThat(first.waitingDays()).isEqualTo(9);
        assertThat(rows.get(1).waitingDays()).isEqualTo(2);
    }

    @Test
    void aResubmittedProposalWaitsFromItsLatestSubmission() {
        ProposalView proposal = fixture.proposalInReview("Water tower");
        submittedDaysAgo(proposal.id(), 20);
        ProposalView other = fixture.proposalSubmitted("Solar school");
        submittedDaysAgo(other.id(), 5);
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(proposal.id(), ProposalAction.REQUEST_REVISION, "More detail");
        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(proposal.id(), ProposalAction.RESUBMIT, null);

        accounts.signIn(TestAccounts.STAFF);
        assertThat(triage.waiting(Locale.ENGLISH))
                .extracting(TriageRow::title, TriageRow::waitingDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Solar school", 5L),
                        org.assertj.core.groups.Tuple.tuple("Water tower", 0L));
    }

    @Test
    void onlyStaffReadTheTriageList() {
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> triage.waiting(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    private void submittedDaysAgo(long proposalId, int days) {
        jdbc.update(
                "update proposal_transition set occurred_at = ? where proposal_id = ? and to_state = 'SUBMITTED'",
                Timestamp.from(Instant.now().minus(Duration.ofDays(days)).minusSeconds(60)),
                proposalId);
    }
}
