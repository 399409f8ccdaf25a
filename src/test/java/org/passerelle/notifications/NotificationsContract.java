package org.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionEvents.MemberMentioned;
import org.passerelle.notifications.domain.MailState;
import org.passerelle.notifications.domain.Notification;
import org.passerelle.notifications.domain.NotificationRepository;
import org.passerelle.notifications.domain.OutboxEntry;
import org.passerelle.notifications.domain.OutboxRepository;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotSettings;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.VoteForm;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what, once, and never about what they may not see or about their own action; the outbox
 * survives a stop between the commit and the fan-out; the centre's reads and marks. Against H2 and PostgreSQL.
 */
abstract class NotificationsContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    NotificationService service;

    @Autowired
    NotificationSettings settings;

    @Autowired
    BallotOpening opening;

    @Autowired
    BallotService ballots;

    @Autowired
    ProposalService proposals;

    @Autowired
    ReviewService reviews;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

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

    List<Notification> of(TestAccounts.Person person) {
        NotificationsProbe.settle(context);
        long id = accounts.idOf(person);
        return notifications.findAll().stream()
                .filter(n -> n.getRecipientId() == id)
                .toList();
    }

    List<Topic> topicsOf(TestAccounts.Person person) {
        return of(person).stream().map(Notification::getTopic).toList();
    }

    Notification opened(TestAccounts.Person person) {
        return of(person).stream()
                .filter(n -> n.getTopic() == Topic.BALLOT_OPENED)
                .findFirst()
                .orElseThrow();
    }

    BallotView openBallot(ProposalView proposal, BallotSettings settings) {
        accounts.signIn(TestAccounts.STAFF);
        BallotView opened = opening.open(proposal.id(), settings);
        NotificationsProbe.settle(context);
        return opened;
    }

    @Test
    void aBallotOpeningTellsEachElectorOnceButNotTheStaffWhoOpenedItNorOthers() {
        List<TestAccounts.Person> board = fixture.extraBoardMembers(2);
        ProposalView proposal = fixture.proposalInVoting("Solar for Huye");
        BallotView ballot = openBallot(proposal, VotingFixture.decision(false));

        for (TestAccounts.Person elector : List.of(TestAccounts.BOARD, board.get(0), board.get(1))) {
            assertThat(topicsOf(elector)).containsOnlyOnce(Topic.BALLOT_OPENED);
            Notification told = of(elector).stream()
                    .filter(n -> n.getTopic() == Topic.BALLOT_OPENED)
                    .findFirst()
                    .orElseThrow();
            assertThat(told.subject()).isEqualTo(SubjectRef.ballot(ballot.id()));
            assertThat(told.getMailMode()).isEqualTo(MailMode.IMMEDIATE);
            assertThat(told.getMailState()).isEqualTo(MailState.PENDING);
        }
        assertThat(topicsOf(TestAccounts.STAFF)).doesNotContain(Topic.BALLOT_OPENED);
        assertThat(topicsOf(TestAccounts.OUTSIDER)).isEmpty();

        // a second sweep (a restart, another node) writes nothing more
        long before = notifications.count();
        dispatcher.drain();
        assertThat(notifications.count()).isEqualTo(before);
        assertThat(outbox.countByProcessedAtIsNull()).isZero();
    }

    @Test
    void theAssociationHearsOfItsProposalAndTheBoardAndStaffOfNewSubmissions() {
        ProposalView proposal = fixture.proposalInReview("Clinic water");

        // submitted by MEMBER: the board of the space and the staff are told, not the submitter
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.PROPOSAL_SUBMITTED);
        assertThat(topicsOf(TestAccounts.STAFF)).contains(Topic.PROPOSAL_SUBMITTED);
        assertThat(topicsOf(TestAccounts.MEMBER)).doesNotContain(Topic.PROPOSAL_SUBMITTED);
        assertThat(topicsOf(TestAccounts.OUTSIDER)).isEmpty();
        // triaged by STAFF: the association's members are told it moved
        assertThat(topicsOf(TestAccounts.MEMBER)).contains(Topic.PROPOSAL_MOVED);
        assertThat(topicsOf(TestAccounts.BOTH)).contains(Topic.PROPOSAL_MOVED);

        accounts.signIn(TestAccounts.BOARD);
        var question = reviews.ask(proposal.id(), "What does the budget cover?");
        assertThat(topicsOf(TestAccounts.MEMBER)).contains(Topic.REVIEW_QUESTION_ASKED);
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.REVIEW_QUESTION_ASKED);

        accounts.signIn(TestAccounts.MEMBER);
        reviews.answer(question.id(), "Pumps and two years of upkeep.");
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.REVIEW_QUESTION_ANSWERED);
        assertThat(topicsOf(TestAccounts.BOTH)).doesNotContain(Topic.REVIEW_QUESTION_ANSWERED);

        accounts.signIn(TestAccounts.STAFF);
        proposals.act(proposal.id(), ProposalAction.REQUEST_REVISION, "Add the upkeep plan");
        assertThat(topicsOf(TestAccounts.MEMBER)).containsOnlyOnce(Topic.REVISION_REQUESTED);

        // withdrawn and restored by its author: back to "revision requested", but nobody asked again
        accounts.signIn(TestAccounts.MEMBER);
        proposals.act(proposal.id(), ProposalAction.WITHDRAW, null);
        proposals.act(proposal.id(), ProposalAction.RESTORE, null);
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.REVISION_REQUESTED);
        assertThat(topicsOf(TestAccounts.BOTH)).containsOnlyOnce(Topic.REVISION_REQUESTED);
    }

    @Test
    void aMentionOfSomeoneWhoMayNotSeeTheThreadTellsNobody() {
        ProposalView proposal = fixture.proposalInReview("Private matters");
        long outsider = accounts.idOf(TestAccounts.OUTSIDER);
        long board = accounts.idOf(TestAccounts.BOARD);
        long author = accounts.idOf(TestAccounts.MEMBER);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(
                    new MemberMentioned(outsider, author, 1L, 1L, fixture.spaceId, SubjectRef.proposal(proposal.id())));
            events.publishEvent(
                    new MemberMentioned(board, author, 1L, 2L, fixture.spaceId, SubjectRef.proposal(proposal.id())));
        });
        assertThat(topicsOf(TestAccounts.OUTSIDER)).isEmpty();
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.MENTIONED);
    }

    @Test
    void aDisabledPersonIsToldNothing() {
        ProposalView proposal = fixture.proposalInReview("For nobody");
        long disabled = accounts.idOf(TestAccounts.DISABLED);
        transactions.executeWithoutResult(status -> events.publishEvent(new MemberMentioned(
                disabled,
                accounts.idOf(TestAccounts.MEMBER),
                1L,
                1L,
                fixture.spaceId,
                SubjectRef.proposal(proposal.id()))));
        assertThat(topicsOf(TestAccounts.DISABLED)).isEmpty();
        assertThat(outbox.countByProcessedAtIsNull()).isZero();
    }

    @Test
    void aRollbackTellsNobody() {
        ProposalView proposal = fixture.proposalInReview("Rolled back");
        long board = accounts.idOf(TestAccounts.BOARD);
        long before = outbox.count();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new MemberMentioned(
                    board,
                    accounts.idOf(TestAccounts.MEMBER),
                    1L,
                    1L,
                    fixture.spaceId,
                    SubjectRef.proposal(proposal.id())));
            status.setRollbackOnly();
        });
        assertThat(outbox.count()).isEqualTo(before);
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.MENTIONED);
    }

    @Test
    void anEventCommittedBeforeAStopIsFannedOutOnceAtTheNextStart() {
        ProposalView proposal = fixture.proposalInVoting("Survives a stop");
        NotificationsProbe.settle(context); // what the fixture's own actions told
        long board = accounts.idOf(TestAccounts.BOARD);
        // what the intake leaves behind when the application stops right after the commit
        transactions.executeWithoutResult(status -> outbox.save(new OutboxEntry(
                Topic.MENTIONED,
                accounts.idOf(TestAccounts.MEMBER),
                SubjectRef.proposal(proposal.id()),
                fixture.spaceId,
                String.valueOf(board),
                null,
                Instant.now())));
        assertThat(outbox.countByProcessedAtIsNull()).isEqualTo(1);

        assertThat(dispatcher.drain()).isEqualTo(1); // what the start (and the sweep) runs
        assertThat(dispatcher.drain()).isZero();
        assertThat(topicsOf(TestAccounts.BOARD)).containsOnlyOnce(Topic.MENTIONED);
    }

    @Test
    void twoDispatchersAtOnceWriteEachNotificationOnce() throws Exception {
        ProposalView proposal = fixture.proposalInVoting("Raced");
        List<TestAccounts.Person> board = fixture.extraBoardMembers(3);
        NotificationsProbe.settle(context);
        String everyone = String.join(
                ",", board.stream().map(p -> String.valueOf(accounts.idOf(p))).toList());
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 20; i++) {
                outbox.save(new OutboxEntry(
                        Topic.MENTIONED,
                        null,
                        SubjectRef.proposal(proposal.id()),
                        fixture.spaceId,
                        everyone,
                        null,
                        Instant.now()));
            }
        });
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs =
                    two.invokeAll(List.<Callable<Integer>>of(dispatcher::drain, dispatcher::drain));
            int written = runs.get(0).get() + runs.get(1).get();
            assertThat(written).isEqualTo(20 * 3);
        } finally {
            two.shutdownNow();
        }
        assertThat(outbox.findAll()).allSatisfy(e -> assertThat(e.getAttempts()).isZero());
        for (TestAccounts.Person person : board) {
            assertThat(topicsOf(person).stream().filter(t -> t == Topic.MENTIONED))
                    .hasSize(20);
        }
    }

    @Test
    void theCentreReadsPagesNewestFirstAndMarksOnlyTheOwnersNotifications() {
        List<TestAccounts.Person> board = fixture.extraBoardMembers(1);
        List<ProposalView> inVoting = List.of(
                fixture.proposalInVoting("Proposal 0"),
                fixture.proposalInVoting("Proposal 1"),
                fixture.proposalInVoting("Proposal 2"));
        TestAccounts.Person elector = board.get(0);
        NotificationsProbe.settle(context);
        accounts.signIn(elector);
        assertThat(service.unreadCount())
                .as("the invitation and three submissions")
                .isEqualTo(4);
        service.markAllRead();
        inVoting.forEach(proposal -> openBallot(proposal, VotingFixture.decision(false)));
        accounts.signIn(elector);
        assertThat(service.unreadCount()).isEqualTo(3);
        List<NotificationLine> first = service.page(null, 2, Locale.ENGLISH);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).text()).contains("Proposal 2").contains("your vote is awaited");
        assertThat(first.get(0).link()).startsWith("/proposals/");
        List<NotificationLine> rest = service.page(first.get(1).id(), 2, Locale.FRENCH);
        assertThat(rest).hasSize(2);
        assertThat(rest.get(0).text()).contains("Proposal 0").contains("votre vote est attendu");

        service.markRead(first.get(0).id());
        assertThat(service.unreadCount()).isEqualTo(2);

        accounts.signIn(TestAccounts.BOARD);
        long boardUnread = service.unreadCount();
        service.markRead(rest.get(0).id()); // someone else's: nothing changes
        accounts.signIn(elector);
        assertThat(service.unreadCount()).isEqualTo(2);
        accounts.signIn(TestAccounts.BOARD);
        assertThat(service.unreadCount()).isEqualTo(boardUnread);

        accounts.signIn(elector);
        assertThat(service.markAllRead()).isEqualTo(2);
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    void aNotificationWhoseSubjectBecameInvisibleSaysSoAndLinksNowhere() {
        List<TestAccounts.Person> board = fixture.extraBoardMembers(1);
        openBallot(fixture.proposalInVoting("Soon hidden"), VotingFixture.decision(false));
        TestAccounts.Person elector = board.get(0);
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(SpaceMembershipService.class).remove(fixture.spaceId, accounts.idOf(elector));

        accounts.signIn(elector);
        NotificationLine line = service.page(null, 10, Locale.ENGLISH).stream()
                .filter(l -> l.topic() == Topic.BALLOT_OPENED)
                .findFirst()
                .orElseThrow();
        assertThat(line.available()).isFalse();
        assertThat(line.link()).isNull();
        assertThat(line.text()).doesNotContain("Soon hidden").contains("can no longer see");
    }

    @Test
    void eachPersonsMailChoiceGoesWithTheirNotifications() {
        List<TestAccounts.Person> board = fixture.extraBoardMembers(2);
        accounts.signIn(board.get(0));
        assertThat(settings.mine())
                .containsEntry(NotificationCategory.BALLOTS, MailMode.IMMEDIATE)
                .containsEntry(NotificationCategory.SESSIONS, MailMode.DAILY);
        settings.setMine(NotificationCategory.BALLOTS, MailMode.OFF);
        accounts.signIn(board.get(1));
        settings.setMine(NotificationCategory.BALLOTS, MailMode.WEEKLY);

        openBallot(fixture.proposalInVoting("Chosen modes"), VotingFixture.decision(false));
        Notification off = opened(board.get(0));
        assertThat(off.getMailMode()).isEqualTo(MailMode.OFF);
        assertThat(off.getMailState()).isEqualTo(MailState.NONE);
        assertThat(opened(board.get(1)).getMailMode()).isEqualTo(MailMode.WEEKLY);
    }

    @Test
    void theBallotReminderReachesOnlyTheElectorsWhoHaveNotVoted() {
        List<TestAccounts.Person> board = fixture.extraBoardMembers(2);
        ProposalView proposal = fixture.proposalInVoting("Closing soon");
        BallotSettings soon = new BallotSettings(
                org.passerelle.voting.BallotKind.DECISION,
                true,
                List.of(),
                null,
                Instant.now().plus(Duration.ofHours(12)),
                50,
                org.passerelle.voting.Threshold.SIMPLE_MAJORITY,
                false,
                true);
        BallotView ballot = openBallot(proposal, soon);
        accounts.signIn(board.get(0));
        ballots.declare(ballot.id(), org.passerelle.voting.Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        TestAccounts.signOut();

        org.passerelle.voting.VotingProbe.sweep(context);

        assertThat(topicsOf(board.get(1))).containsOnlyOnce(Topic.BALLOT_CLOSING);
        assertThat(topicsOf(board.get(0))).doesNotContain(Topic.BALLOT_CLOSING);
        org.passerelle.voting.VotingProbe.sweep(context);
        assertThat(topicsOf(board.get(1))).containsOnlyOnce(Topic.BALLOT_CLOSING);
    }
}
