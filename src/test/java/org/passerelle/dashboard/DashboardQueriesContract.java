package org.passerelle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.documents.UnreadableDocuments;
import org.passerelle.proposals.PipelineFigures;
import org.passerelle.proposals.PipelineFilter;
import org.passerelle.proposals.ProposalDashboards;
import org.passerelle.proposals.ProposalState;
import org.passerelle.sessions.SessionDashboards;
import org.passerelle.voting.BallotDashboards;
import org.passerelle.voting.BallotItems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The counting queries the home page and the pipeline ask of the proposals, voting, sessions and documents
 * modules, against a real database (H2 and PostgreSQL): what each reader may count, and nothing else.
 */
abstract class DashboardQueriesContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalDashboards proposals;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    BallotDashboards ballots;

    @Autowired
    SessionDashboards sessions;

    @Autowired
    UnreadableDocuments documents;

    TestAccounts accounts;
    DashboardFixture data;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        data = new DashboardFixture(context, accounts);
    }

    @Test
    void anAssociationMemberCountsTheirOwnProposalsOnly() {
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(proposals.myDrafts(3).count()).isEqualTo(1);
        assertThat(proposals.myDrafts(3).top()).singleElement().satisfies(draft -> {
            assertThat(draft.title()).isEqualTo("Seed bank");
            assertThat(draft.detail()).as("sections missing").isPositive();
        });
        assertThat(proposals.awaitingMyAnswer(3).top()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(data.inReview.id());
            assertThat(p.detail()).as("open questions").isEqualTo(1);
        });
        assertThat(proposals.myMilestonesDue(30, 3).count()).isEqualTo(1);
        assertThat(proposals.myMilestonesDue(3, 3).count())
                .as("due in five days")
                .isZero();
    }

    @Test
    void aBoardMemberCountsTheirBallotAndQuestionsInTheirSpacesOnly() {
        accounts.signIn(TestAccounts.BOARD);
        BallotItems awaiting = ballots.awaitingMyVote(3);
        assertThat(awaiting.count()).isEqualTo(1);
        assertThat(awaiting.top()).singleElement().satisfies(b -> {
            assertThat(b.proposalTitle()).isEqualTo("Solar clinic");
            assertThat(b.eligible()).isEqualTo(1);
            assertThat(b.voted()).isZero();
            assertThat(b.quorumMet()).isFalse();
            assertThat(b.votesToQuorum()).isEqualTo(1);
        });
        assertThat(proposals.myOpenQuestions(3).count()).isEqualTo(1);
        assertThat(proposals.titles(java.util.List.of(data.privateSubmittedId, data.otherDraftId, data.inVoting.id())))
                .as("titles only of what the reader may read")
                .containsOnlyKeys(data.inVoting.id());

        PipelineFigures figures = proposals.pipeline(PipelineFilter.ANY);
        assertThat(figures.totals())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ProposalState.VOTING, 1L,
                        ProposalState.IN_REVIEW, 1L,
                        ProposalState.ACCEPTED, 1L,
                        ProposalState.IN_IMPLEMENTATION, 1L));
        assertThat(figures.acceptedByCountry()).containsOnlyKeys("ML", "RW");
        assertThat(figures.lateMilestones()).isEqualTo(1);
    }

    @Test
    void staffCountTheQueueBallotsShortOfQuorumSessionsAndUnreadableDocuments() {
        data.insertFailedDocument("SPACE", data.voting.spaceId, data.voting.spaceId, "scan.pdf");
        data.insertFailedDocument("PROPOSAL", data.draft.id(), data.voting.spaceId, "annex.pdf");
        data.sessionIn(data.voting.spaceId, 2, "Co-design");
        data.sessionIn(data.privateSpaceId, 20, "Later");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(proposals.triageQueue(3).count()).isEqualTo(2);
        assertThat(ballots.closingWithoutQuorum(Duration.ofHours(48), 3).count())
                .as("closes in three days")
                .isZero();
        data.closeBallotIn(Duration.ofHours(20));
        accounts.signIn(TestAccounts.STAFF);
        assertThat(ballots.closingWithoutQuorum(Duration.ofHours(48), 3).top())
                .singleElement()
                .satisfies(b -> assertThat(b.ballotId()).isEqualTo(data.ballotId));
        assertThat(sessions.coming(Duration.ofDays(7), 3).count()).isEqualTo(1);
        assertThat(sessions.coming(Duration.ofDays(30), 3).top())
                .extracting(s -> s.title())
                .containsExactly("Co-design", "Later");
        UnreadableDocuments.Found found = documents.latest(3);
        assertThat(found.count()).as("not the one of an association's draft").isEqualTo(1);
        assertThat(found.top())
                .singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("scan.pdf"));
        accounts.signIn(TestAccounts.BOARD);
        assertThat(sessions.myOpenActions(3).count()).isEqualTo(1);
        assertThat(sessions.myOpenActions(3).top())
                .extracting(a -> a.sessionTitle())
                .containsExactly("Co-design");
    }

    @Test
    void eachTransitionRecordsHowLongTheProposalStayedInTheStateItLeft() {
        assertThat(jdbc.queryForList(
                        "select stay_seconds from proposal_transition where proposal_id = ? order by id",
                        Long.class,
                        data.inVoting.id()))
                .hasSize(3)
                .allSatisfy(seconds -> assertThat(seconds).isNotNull().isBetween(0L, 600L));
    }

    @Test
    void mediansCountTheDaysSpentInEachStateAndThePeriodFiltersByCreation() {
        long callId = data.openCall(data.voting.spaceId, "Medians", 30);
        long member = accounts.idOf(TestAccounts.MEMBER);
        Instant now = Instant.now();
        Instant created = now.minus(Duration.ofDays(20));
        long a = data.insertProposal(
                callId,
                data.voting.spaceId,
                data.voting.associationId,
                "IN_REVIEW",
                true,
                "A",
                member,
                "RW",
                ",HEALTH,",
                created);
        data.insertTransition(a, "SUBMIT", "DRAFT", "SUBMITTED", created.plus(Duration.ofDays(2)));
        data.insertTransition(a, "TRIAGE", "SUBMITTED", "IN_REVIEW", created.plus(Duration.ofDays(5)));
        long b = data.insertProposal(
                callId,
                data.voting.spaceId,
                data.voting.associationId,
                "IN_REVIEW",
                true,
                "B",
                member,
                "RW",
                ",HEALTH,",
                created);
        data.insertTransition(b, "SUBMIT", "DRAFT", "SUBMITTED", created.plus(Duration.ofDays(4)));
        data.insertTransition(b, "TRIAGE", "SUBMITTED", "IN_REVIEW", created.plus(Duration.ofDays(5)));
        long c = data.insertProposal(
                callId,
                data.voting.spaceId,
                data.voting.associationId,
                "SUBMITTED",
                true,
                "C",
                member,
                "RW",
                ",HEALTH,",
                created);
        data.insertTransition(c, "SUBMIT", "DRAFT", "SUBMITTED", created.plus(Duration.ofDays(6)));
        accounts.signIn(TestAccounts.STAFF);

        PipelineFigures figures = proposals.pipeline(new PipelineFilter(null, callId, null, null, null, null));
        assertThat(figures.medianDays().get(ProposalState.DRAFT))
                .isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(figures.medianDays().get(ProposalState.SUBMITTED))
                .isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(figures.stays()).containsEntry(ProposalState.DRAFT, 3L).containsEntry(ProposalState.SUBMITTED, 2L);
        assertThat(figures.totals())
                .containsEntry(ProposalState.IN_REVIEW, 2L)
                .containsEntry(ProposalState.SUBMITTED, 1L);

        PipelineFilter sinceToday = new PipelineFilter(null, callId, DashboardFixture.TODAY, null, null, null);
        assertThat(proposals.pipeline(sinceToday).calls())
                .as("created twenty days ago")
                .isEmpty();
        PipelineFilter lastMonth = new PipelineFilter(
                null, callId, DashboardFixture.TODAY.minusDays(30), DashboardFixture.TODAY.minusDays(10), null, null);
        assertThat(proposals.pipeline(lastMonth).totals().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(3);
    }
}
