package org.passerelle.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.audit.AuditLogProbe;
import org.passerelle.base.InvalidInputException;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.BallotEvents.BallotReminderDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Every rule of ballots, conflicts, votes, closing and decisions, against H2 and PostgreSQL. */
abstract class BallotServiceContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BallotOpening opening;

    @Autowired
    BallotService ballots;

    @Autowired
    BallotClosing closing;

    @Autowired
    BallotQueries queries;

    @Autowired
    BallotSweep sweep;

    @Autowired
    ProposalService proposals;

    TestAccounts accounts;
    VotingFixture fixture;
    List<TestAccounts.Person> board;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
        board = fixture.extraBoardMembers(3);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    BallotView openOn(ProposalView proposal, BallotSettings settings) {
        accounts.signIn(TestAccounts.STAFF);
        return opening.open(proposal.id(), settings);
    }

    BallotView vote(TestAccounts.Person person, long ballotId, VoteForm form) {
        accounts.signIn(person);
        if (queries.get(ballotId).myConflict() == null) {
            ballots.declare(ballotId, Conflict.NO_CONFLICT, null);
        }
        return ballots.castVote(ballotId, form);
    }

    /** Moves the ballot's times into the past, as if the application had been down at its closing time. */
    void timePasses(long ballotId) {
        Instant now = Instant.now();
        jdbc.update(
                "update ballot set opens_at = ?, closes_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofHours(2))),
                Timestamp.from(now.minus(Duration.ofMinutes(1))),
                ballotId);
    }

    @Test
    void openingFixesTheElectorateAndRecusesMembersOfTheProposingAssociation() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotView ballot = openOn(proposal, VotingFixture.decision(false));
        assertThat(ballot.state()).isEqualTo(BallotState.OPEN);
        assertThat(ballot.electorateCount()).as("BOARD, BOTH and three more").isEqualTo(5);
        assertThat(ballot.recusedCount()).isEqualTo(1);
        assertThat(ballot.recusedNames()).containsExactly(TestAccounts.BOTH.name());
        accounts.signIn(TestAccounts.BOTH);
        BallotView seenByBoth = queries.get(ballot.id());
        assertThat(seenByBoth.myConflict()).isEqualTo(Conflict.AUTOMATIC);
        assertThat(seenByBoth.mayVote()).isFalse();
        assertThatThrownBy(() -> ballots.declare(ballot.id(), Conflict.NO_CONFLICT, "I am neutral"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.automatic-conflict");
        assertThatThrownBy(() -> ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.recused");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(new AuditLogProbe(context).actionsOfSpace(fixture.spaceId)).contains("ballot.opened");
    }

    @Test
    void aChosenSubsetIsTheElectorateAndOnlyBoardMembersMayBeChosen() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotSettings base = VotingFixture.decision(false);
        long outsider = accounts.idOf(TestAccounts.OUTSIDER);
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> opening.open(proposal.id(), withElectorate(base, List.of(outsider))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.not-board-member");
        BallotView ballot = opening.open(
                proposal.id(), withElectorate(base, List.of(accounts.idOf(board.get(0)), accounts.idOf(board.get(1)))));
        assertThat(ballot.electorateCount()).isEqualTo(2);
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.not-elector");
        assertThatThrownBy(() -> ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.not-elector");
    }

    @Test
    void badSettingsAreRefusedAndNoBallotIsOpened() {
        ProposalView submitted = fixture.proposalSubmitted("Not triaged yet");
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> opening.open(submitted.id(), VotingFixture.decision(false)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.proposal-not-voting");
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotSettings s = VotingFixture.decision(false);
        Instant opens = Instant.now().plus(Duration.ofDays(2));
        assertThatThrownBy(() -> opening.open(proposal.id(), times(s, opens, opens.minusSeconds(60))))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.closes-before-opens");
        assertThatThrownBy(() ->
                        opening.open(proposal.id(), times(s, null, Instant.now().minusSeconds(5))))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.closes-before-opens");
        for (Integer quorum : new Integer[] {-1, 101, null}) {
            assertThatThrownBy(() -> opening.open(proposal.id(), quorum(s, quorum)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "voting.error.quorum-range");
        }
        BallotSettings secretLive =
                new BallotSettings(s.kind(), false, List.of(), null, s.closesAt(), 50, s.threshold(), true, true);
        assertThatThrownBy(() -> opening.open(proposal.id(), secretLive))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.secret-live");
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> opening.open(proposal.id(), s)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from ballot", Long.class))
                .isZero();
        accounts.signIn(TestAccounts.STAFF);
        opening.open(proposal.id(), s);
        assertThatThrownBy(() -> opening.open(proposal.id(), s))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.already-open");
    }

    @Test
    void openingTheVoteOnAProposalInReviewMovesItToVotingInTheSameStep() {
        ProposalView inReview = fixture.proposalInReview("Water tower");
        BallotSettings s = VotingFixture.decision(false);
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> opening.open(inReview.id(), quorum(s, 101)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.quorum-range");
        assertThat(proposals.get(inReview.id()).state())
                .as("a refused ballot leaves the proposal where it was")
                .isEqualTo(ProposalState.IN_REVIEW);
        BallotView ballot = opening.open(inReview.id(), s);
        assertThat(ballot.state()).isEqualTo(BallotState.OPEN);
        assertThat(proposals.get(inReview.id()).state()).isEqualTo(ProposalState.VOTING);
        assertThat(new AuditLogProbe(context).actionsOfSpace(fixture.spaceId))
                .as("the move is recorded like any other")
                .contains("proposal.open-voting", "ballot.opened");
    }

    @Test
    void theChoicesNameBoardMembersWhoseInvitationIsPendingAndTheyStayOutOfTheElectorate() {
        TestAccounts.Person pending = fixture.pendingBoardMember("Grace Pending");
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        accounts.signIn(TestAccounts.STAFF);
        BallotChoices choices = opening.choices(proposal.id());
        assertThat(choices.pendingBoardMembers()).containsExactly("Grace Pending");
        assertThat(choices.boardMembers())
                .extracting(m -> m.accountId())
                .doesNotContain(accounts.idOf(pending))
                .hasSize(5);
        assertThat(choices.criteria()).extracting(c -> c.nameEn()).containsExactly("Relevance", "Feasibility");
        BallotView ballot = opening.open(proposal.id(), VotingFixture.decision(false));
        assertThat(ballot.electorateCount()).as("warned about, not added").isEqualTo(5);
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> opening.choices(proposal.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScoringBallotNeedsTheCallsCriteriaAndKeepsNoYesNoSettings() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotSettings scoring = VotingFixture.scoring(false);
        BallotSettings withYesNo = new BallotSettings(
                scoring.kind(), true, List.of(), null, scoring.closesAt(), 0, Threshold.TWO_THIRDS, false, false);
        jdbc.update("delete from call_criterion where call_id = ?", fixture.callId);
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> opening.open(proposal.id(), withYesNo))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.no-criteria");
        assertThat(jdbc.queryForObject("select count(*) from ballot", Long.class))
                .isZero();
        ProposalView other = fixture.proposalInVoting("Water tower");
        jdbc.update(
                "insert into call_criterion (call_id, position, name_en, name_fr, weight) values (?, 0, 'Reach', null,"
                        + " 100)",
                fixture.callId);
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot = opening.open(other.id(), withYesNo);
        assertThat(ballot.kind()).isEqualTo(BallotKind.SCORING);
        assertThat(ballot.reasonRequiredForNo())
                .as("no \"no\" to give a reason for")
                .isFalse();
    }

    @Test
    void anElectorDeclaresVotesChangesAndSeesTheirOwnVote() {
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(false));
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.declare-first");
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        BallotView voted = ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        assertThat(voted.myVote().choice()).isEqualTo(Choice.YES);
        assertThat(voted.myVoted()).isTrue();
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)); // the double click
        BallotView changed = ballots.castVote(ballot.id(), VoteForm.decision(Choice.NO, "  Budget unclear  "));
        assertThat(changed.myVote()).isEqualTo(VoteForm.decision(Choice.NO, "Budget unclear"));
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote", Long.class))
                .isEqualTo(1);
        accounts.signIn(TestAccounts.STAFF);
        List<String> audit = new AuditLogProbe(context).actionsOfSpace(fixture.spaceId);
        assertThat(audit.stream().filter("ballot.vote-cast"::equals)).hasSize(1);
        assertThat(audit.stream().filter("ballot.vote-changed"::equals)).hasSize(1);
        assertThat(audit).contains("ballot.conflict-declared");
    }

    @Test
    void badVotesAreRefusedAndNothingIsStored() {
        BallotView decision = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(true));
        accounts.signIn(TestAccounts.BOARD);
        ballots.declare(decision.id(), Conflict.NO_CONFLICT, null);
        assertThatThrownBy(() -> ballots.castVote(decision.id(), VoteForm.decision(null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.choice-required");
        assertThatThrownBy(() -> ballots.castVote(decision.id(), VoteForm.decision(Choice.NO, "   ")))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.reason-required");
        assertThatThrownBy(() -> ballots.castVote(decision.id(), VoteForm.decision(Choice.NO, "x".repeat(2001))))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.too-long");
        BallotView scoring = openOn(fixture.proposalInVoting("Water tower"), VotingFixture.scoring(false));
        accounts.signIn(TestAccounts.BOARD);
        ballots.declare(scoring.id(), Conflict.NO_CONFLICT, null);
        for (List<Integer> bad : List.of(List.of(6, 3), List.of(-1, 3), List.of(4), List.<Integer>of())) {
            assertThatThrownBy(() -> ballots.castVote(scoring.id(), VoteForm.scores(bad)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("field", "scores");
        }
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote", Long.class))
                .isZero();
    }

    @Test
    void aBallotOfASpaceOneCannotSeeIsNotFound() {
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(false));
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> queries.get(ballot.id())).isInstanceOf(BallotNotFoundException.class);
        assertThatThrownBy(() -> ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)))
                .isInstanceOf(BallotNotFoundException.class);
        assertThatThrownBy(() -> queries.results(ballot.id())).isInstanceOf(BallotNotFoundException.class);
        assertThatThrownBy(() -> queries.get(999_999L)).isInstanceOf(BallotNotFoundException.class);
    }

    @Test
    void aConflictDeclaredAfterVotingWithdrawsTheVoteAndLeavesTheQuorumBase() {
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(false));
        vote(board.get(0), ballot.id(), VoteForm.decision(Choice.YES, null));
        BallotView recused = ballots.declare(ballot.id(), Conflict.CONFLICT, "My cousin leads the project");
        assertThat(recused.myVoted()).isFalse();
        assertThat(recused.recusedCount()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote", Long.class))
                .isZero();
        assertThatThrownBy(() -> ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.recused");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(queries.declarations(ballot.id()))
                .filteredOn(d -> d.conflict() == Conflict.CONFLICT)
                .singleElement()
                .satisfies(d -> assertThat(d.note()).isEqualTo("My cousin leads the project"));
        assertThat(queries.results(ballot.id()).eligibleCount()).isEqualTo(3);
    }

    @Test
    void theBallotClosesByItselfAtItsTimeAlsoAfterTheApplicationWasDown() {
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(false));
        vote(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.YES, null));
        vote(board.get(0), ballot.id(), VoteForm.decision(Choice.NO, "Too costly"));
        timePasses(ballot.id());
        assertThatThrownBy(() -> ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null)))
                .as("past its time the ballot refuses votes even before the sweep ran")
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.closed");
        sweep.atStart();
        assertThat(jdbc.queryForObject("select closed_at from ballot where id = ?", Timestamp.class, ballot.id()))
                .isNotNull();
        accounts.signIn(TestAccounts.BOARD);
        BallotResults results = queries.results(ballot.id());
        assertThat(results.closed()).isTrue();
        assertThat(results.voterCount()).isEqualTo(2);
        assertThat(results.eligibleCount()).isEqualTo(4);
        assertThat(results.quorumMet()).as("2 of 4 reach 50 %").isTrue();
        assertThat(results.outcome()).as("1 yes, 1 no is no majority").isEqualTo(Outcome.REJECTED);
        assertThat(results.votes()).extracting(BallotResults.NamedVote::choice).contains(Choice.YES, Choice.NO);
        accounts.signIn(TestAccounts.STAFF);
        assertThat(new AuditLogProbe(context).actionsOfSpace(fixture.spaceId)).contains("ballot.closed");
    }

    @Test
    void quorumAndThresholdDecideTheOutcome() {
        BallotSettings twoThirds = new BallotSettings(
                BallotKind.DECISION,
                false,
                List.of(),
                null,
                Instant.now().plus(Duration.ofDays(1)),
                75,
                Threshold.TWO_THIRDS,
                false,
                true);
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), twoThirds);
        vote(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.YES, null));
        vote(board.get(0), ballot.id(), VoteForm.decision(Choice.YES, null));
        BallotResults live = queries.results(ballot.id());
        assertThat(live.closed()).isFalse();
        assertThat(live.quorumMet()).as("2 of 4 is below 75 %").isFalse();
        assertThat(live.outcome()).isEqualTo(Outcome.NO_QUORUM);
        vote(board.get(1), ballot.id(), VoteForm.decision(Choice.NO, null));
        BallotResults met = queries.results(ballot.id());
        assertThat(met.quorumMet()).isTrue();
        assertThat(met.outcome()).as("2 yes of 3 is two thirds").isEqualTo(Outcome.ADOPTED);
        vote(board.get(2), ballot.id(), VoteForm.decision(Choice.NO, null));
        assertThat(queries.results(ballot.id()).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(Threshold.SIMPLE_MAJORITY.passes(2, 1)).isTrue();
        assertThat(Threshold.SIMPLE_MAJORITY.passes(1, 1)).isFalse();
        assertThat(Threshold.TWO_THIRDS.passes(3, 2)).isFalse();
        assertThat(Threshold.TWO_THIRDS.passes(0, 0)).isFalse();
    }

    @Test
    void secretResultsShowOnlyAfterClosingAndLiveOnesWhileOpen() {
        BallotView secret = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(true));
        vote(TestAccounts.BOARD, secret.id(), VoteForm.decision(Choice.YES, null));
        assertThat(queries.get(secret.id()).resultsVisible()).isFalse();
        assertThatThrownBy(() -> queries.results(secret.id()))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.results-hidden");
        accounts.signIn(TestAccounts.MEMBER); // an author reads the proposal, never the open ballot
        assertThatThrownBy(() -> queries.results(secret.id())).isInstanceOf(BallotNotFoundException.class);
    }

    @Test
    void theProposingAssociationSeesTheBallotOnlyOnceClosedWithCountsButNeverNames() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotView open = openOn(proposal, VotingFixture.decision(false));
        vote(TestAccounts.BOARD, open.id(), VoteForm.decision(Choice.YES, null));
        accounts.signIn(TestAccounts.MEMBER); // an author of the proposal, neither elector nor board member
        assertThat(proposals.get(proposal.id()).id()).isEqualTo(proposal.id());
        assertThatThrownBy(() -> queries.get(open.id())).isInstanceOf(BallotNotFoundException.class);
        assertThat(queries.latestOf(proposal.id())).isEmpty();
        assertThat(queries.latestOf(java.util.List.of(proposal.id(), proposal.id() + 10_000)))
                .as("asked in bulk, the same answer")
                .isEmpty();
        assertThatThrownBy(() -> queries.results(open.id())).isInstanceOf(BallotNotFoundException.class);

        accounts.signIn(TestAccounts.STAFF);
        closing.closeEarly(open.id(), "Time is up");
        accounts.signIn(TestAccounts.MEMBER);
        BallotView closed = queries.get(open.id());
        assertThat(closed.recusedCount()).isEqualTo(1);
        assertThat(closed.recusedNames())
                .as("who was recused stays with the board")
                .isEmpty();
        assertThat(closed.resultsVisible()).isTrue();
        BallotResults results = queries.results(open.id());
        assertThat(results.votes()).as("who voted what stays with the board").isEmpty();
        assertThat(queries.latestOf(proposal.id())).isPresent();
        var inBulk = queries.latestOf(java.util.List.of(proposal.id()));
        assertThat(inBulk).as("asked in bulk, the same ballot").containsOnlyKeys(proposal.id());
        assertThat(inBulk.get(proposal.id()).id()).isEqualTo(open.id());
        assertThat(inBulk.get(proposal.id()).resultsVisible()).isTrue();

        accounts.signIn(TestAccounts.BOARD); // its audience still reads the names
        assertThat(queries.get(open.id()).recusedNames()).containsExactly(TestAccounts.BOTH.name());
        assertThat(queries.results(open.id()).votes()).hasSize(1);
    }

    @Test
    void scoringWeighsTheCriteriaAndRanksTheProposalsOfTheCall() {
        BallotView first = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.scoring(false));
        BallotView second = openOn(fixture.proposalInVoting("Water tower"), VotingFixture.scoring(true));
        vote(TestAccounts.BOARD, first.id(), VoteForm.scores(List.of(5, 0)));
        vote(board.get(0), first.id(), VoteForm.scores(List.of(3, 2)));
        vote(TestAccounts.BOARD, second.id(), VoteForm.scores(List.of(5, 5)));
        accounts.signIn(TestAccounts.STAFF);
        closing.closeEarly(first.id(), "All have scored");
        closing.closeEarly(second.id(), "All have scored");
        BallotResults results = queries.results(first.id());
        assertThat(results.criteria())
                .extracting(BallotResults.CriterionResult::average)
                .containsExactly(4.0, 1.0);
        assertThat(results.weightedTotal()).isCloseTo(3.1, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(results.outcome()).isEqualTo(Outcome.SCORED);
        assertThat(queries.ranking(fixture.callId))
                .extracting(BallotLists.RankedProposal::proposalTitle)
                .containsExactly("Water tower", "Solar clinic");
    }

    @Test
    void staffCloseEarlyOrExtendBeforeClosingWithAReason() {
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(false));
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> closing.extend(ballot.id(), ballot.closesAt().plusSeconds(3600), " "))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.reason-required");
        assertThatThrownBy(() -> closing.extend(ballot.id(), ballot.closesAt().minusSeconds(60), "Holidays"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.extend-later");
        BallotView extended = closing.extend(ballot.id(), ballot.closesAt().plus(Duration.ofDays(2)), "Holidays");
        assertThat(extended.closesAt()).isAfter(ballot.closesAt());
        assertThatThrownBy(() -> closing.closeEarly(ballot.id(), ""))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.reason-required");
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> closing.closeEarly(ballot.id(), "Me")).isInstanceOf(AccessDeniedException.class);
        accounts.signIn(TestAccounts.STAFF);
        BallotView closed = closing.closeEarly(ballot.id(), "Everyone has voted");
        assertThat(closed.state()).isEqualTo(BallotState.CLOSED);
        assertThat(closed.closeReason()).isEqualTo("Everyone has voted");
        assertThatThrownBy(() -> closing.extend(ballot.id(), Instant.now().plus(Duration.ofDays(9)), "Late"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.closed");
        assertThatThrownBy(() -> closing.closeEarly(ballot.id(), "Again"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.closed");
        assertThatThrownBy(() -> vote(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.YES, null)))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.closed");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(new AuditLogProbe(context).actionsOfSpace(fixture.spaceId))
                .contains("ballot.extended", "ballot.closed");
    }

    @Test
    void staffRecordTheDecisionWhichMovesTheProposal() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotView ballot = openOn(proposal, VotingFixture.decision(false));
        vote(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.YES, null));
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> closing.recordDecision(ballot.id(), ProposalAction.ACCEPT, "Adopted"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.not-closed");
        closing.closeEarly(ballot.id(), "Everyone has voted");
        assertThatThrownBy(() -> closing.recordDecision(ballot.id(), ProposalAction.ACCEPT, " "))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.reason-required");
        assertThatThrownBy(() -> closing.recordDecision(ballot.id(), ProposalAction.TRIAGE, "No"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.decision-required");
        BallotView decided = closing.recordDecision(ballot.id(), ProposalAction.ACCEPT, "Strong local support");
        assertThat(decided.state()).isEqualTo(BallotState.DECIDED);
        assertThatThrownBy(() -> closing.recordDecision(ballot.id(), ProposalAction.DECLINE, "Changed our mind"))
                .hasFieldOrPropertyWithValue("messageKey", "voting.error.already-decided");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView seenByAuthor = proposals.get(proposal.id());
        assertThat(seenByAuthor.state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(seenByAuthor.lastReason()).isEqualTo("Strong local support");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(new AuditLogProbe(context).actionsOfSpace(fixture.spaceId))
                .contains("ballot.decision-recorded", "proposal.accept");
    }

    @Test
    void aProposalWithdrawnDuringTheBallotClosesItAndAnotherMayFollowLater() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotView ballot = openOn(proposal, VotingFixture.decision(false));
        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(proposal.id(), ProposalAction.WITHDRAW, null);
        accounts.signIn(TestAccounts.STAFF);
        assertThat(queries.get(ballot.id()).state()).isEqualTo(BallotState.CLOSED);
        assertThat(queries.inProgress()).isEmpty();
    }

    @Test
    void theReminderIsDue24HoursBeforeClosingForThoseWhoHaveNotVoted() {
        BallotView ballot = openOn(fixture.proposalInVoting("Solar clinic"), VotingFixture.decision(false));
        vote(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.YES, null));
        List<BallotReminderDue> reminders = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
            if (event.getPayload() instanceof BallotReminderDue due) {
                reminders.add(due);
            }
        };
        ApplicationEventMulticaster multicaster = context.getBean(ApplicationEventMulticaster.class);
        ((ConfigurableApplicationContext) context).addApplicationListener(listener);
        try {
            sweep.sweep();
            assertThat(reminders).as("three days before closing: not yet").isEmpty();
            jdbc.update(
                    "update ballot set closes_at = ? where id = ?",
                    Timestamp.from(Instant.now().plus(Duration.ofHours(23))),
                    ballot.id());
            sweep.sweep();
            sweep.sweep();
            assertThat(reminders)
                    .singleElement()
                    .satisfies(due -> assertThat(due.accountIds())
                            .containsExactlyInAnyOrderElementsOf(
                                    board.stream().map(accounts::idOf).toList()));
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        accounts.signIn(board.get(0));
        assertThat(queries.awaitingMyVote())
                .extracting(BallotLists.AwaitingVote::ballotId)
                .containsExactly(ballot.id());
        accounts.signIn(TestAccounts.BOARD);
        assertThat(queries.awaitingMyVote()).isEmpty();
    }

    @Test
    void theCsvExportHoldsTheResultsAndDefusesFormulas() {
        BallotView ballot = openOn(fixture.proposalInVoting("=HYPERLINK(\"x\")"), VotingFixture.decision(false));
        vote(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.NO, "-1, too costly"));
        accounts.signIn(TestAccounts.STAFF);
        closing.closeEarly(ballot.id(), "Done");
        String csv = queries.exportCsv(ballot.id());
        assertThat(csv).contains("voters,1\r\n", "no,1\r\n", "outcome,NO_QUORUM\r\n");
        assertThat(csv).contains("proposal,\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(csv).contains("reason_for_no,\"'-1, too costly\"");
        assertThat(csv).contains(TestAccounts.BOARD.name() + ",NO");
    }

    private static BallotSettings withElectorate(BallotSettings s, List<Long> electorate) {
        return new BallotSettings(
                s.kind(),
                s.reasonRequiredForNo(),
                electorate,
                s.opensAt(),
                s.closesAt(),
                s.quorumPercent(),
                s.threshold(),
                s.secret(),
                s.resultsLive());
    }

    private static BallotSettings times(BallotSettings s, Instant opens, Instant closes) {
        return new BallotSettings(
                s.kind(),
                s.reasonRequiredForNo(),
                s.electorate(),
                opens,
                closes,
                s.quorumPercent(),
                s.threshold(),
                s.secret(),
                s.resultsLive());
    }

    private static BallotSettings quorum(BallotSettings s, Integer quorum) {
        return new BallotSettings(
                s.kind(),
                s.reasonRequiredForNo(),
                s.electorate(),
                s.opensAt(),
                s.closesAt(),
                quorum,
                s.threshold(),
                s.secret(),
                s.resultsLive());
    }
}
