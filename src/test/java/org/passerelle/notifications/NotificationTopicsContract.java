package org.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ReportService;
import org.passerelle.discussions.ThreadService;
import org.passerelle.documents.DocumentService;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsFixture;
import org.passerelle.documents.ExtractionState;
import org.passerelle.documents.TestFiles;
import org.passerelle.notifications.domain.Notification;
import org.passerelle.notifications.domain.NotificationRepository;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.sessions.ActionItemForm;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.SessionRecordService;
import org.passerelle.sessions.SessionReminders;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;
import org.passerelle.voting.BallotClosing;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each remaining kind of notification, produced by the real action that raises its event. */
abstract class NotificationTopicsContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationRepository notifications;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    List<Topic> topicsOf(TestAccounts.Person person) {
        NotificationsProbe.settle(context);
        long id = accounts.idOf(person);
        return notifications.findAll().stream()
                .filter(n -> n.getRecipientId() == id)
                .map(Notification::getTopic)
                .toList();
    }

    @Test
    void theAuthorsOfAProposalPutOnTheAgendaAreToldTheyAreInvited() {
        SessionsFixture sessions = new SessionsFixture(context, accounts);
        // MEMBER co-authors the proposal and has left the restricted space: the invitation is how they hear of it
        sessions.withInvitedAuthor(AccessMode.RESTRICTED, "Solar clinics", 5);
        assertThat(topicsOf(TestAccounts.MEMBER)).containsOnlyOnce(Topic.SESSION_AUTHORS_INVITED);
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.SESSION_AUTHORS_INVITED);
        assertThat(topicsOf(TestAccounts.OUTSIDER)).doesNotContain(Topic.SESSION_AUTHORS_INVITED);
    }

    @Test
    void sessionsTellTheSpaceAndTheirRegistrantsAndRemindOnce() {
        SessionsFixture sessions = new SessionsFixture(context, accounts);
        long spaceId = sessions.space(AccessMode.RESTRICTED);
        LocalDateTime soon =
                LocalDateTime.now(org.passerelle.base.TimeZones.OFFICE).plusHours(3);
        SessionSummary session =
                sessions.schedule(spaceId, SessionsFixture.form("Health roadmap", soon, soon.plusHours(2), 1));
        assertThat(topicsOf(TestAccounts.MEMBER)).contains(Topic.SESSION_SCHEDULED);
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.SESSION_SCHEDULED);
        assertThat(topicsOf(TestAccounts.STAFF)).doesNotContain(Topic.SESSION_SCHEDULED);
        assertThat(topicsOf(TestAccounts.OUTSIDER)).isEmpty();

        RegistrationService registrations = context.getBean(RegistrationService.class);
        accounts.signIn(TestAccounts.MEMBER);
        registrations.register(session.id());
        accounts.signIn(TestAccounts.BOARD);
        registrations.register(session.id()); // one seat: waiting list
        assertThat(topicsOf(TestAccounts.MEMBER)).contains(Topic.REGISTRATION_CONFIRMED);
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.REGISTRATION_WAITLISTED);
        accounts.signIn(TestAccounts.MEMBER);
        registrations.unregister(session.id());
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.REGISTRATION_PROMOTED);

        accounts.signIn(TestAccounts.STAFF);
        SessionService service = context.getBean(SessionService.class);
        SessionSummary current = service.get(session.id());
        service.update(
                session.id(),
                current.version(),
                SessionsFixture.form("Health roadmap", soon.plusMinutes(30), soon.plusHours(2), 1));
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.SESSION_CHANGED);

        SessionReminders reminders = context.getBean(SessionReminders.class);
        reminders.raiseDue();
        reminders.raiseDue();
        assertThat(topicsOf(TestAccounts.BOARD)).containsOnlyOnce(Topic.SESSION_REMINDER);
        assertThat(topicsOf(TestAccounts.MEMBER)).doesNotContain(Topic.SESSION_REMINDER);

        accounts.signIn(TestAccounts.STAFF);
        service.cancel(session.id(), "The room is flooded");
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.SESSION_CANCELLED);
    }

    @Test
    void anActionItemTellsItsOwnerWhenGivenAndOnceWhenDue() {
        SessionsFixture sessions = new SessionsFixture(context, accounts);
        long spaceId = sessions.space(AccessMode.RESTRICTED);
        SessionSummary session = sessions.schedule(spaceId, SessionsFixture.tomorrow("Follow-up", 10));
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(SessionRecordService.class)
                .addAction(
                        session.id(),
                        new ActionItemForm(
                                "Send the budget",
                                accounts.idOf(TestAccounts.MEMBER),
                                LocalDate.now().plusDays(1)));
        assertThat(topicsOf(TestAccounts.MEMBER)).contains(Topic.ACTION_ASSIGNED);

        SessionReminders reminders = context.getBean(SessionReminders.class);
        reminders.raiseDue();
        reminders.raiseDue();
        assertThat(topicsOf(TestAccounts.MEMBER)).containsOnlyOnce(Topic.ACTION_DUE);
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.ACTION_DUE, Topic.ACTION_ASSIGNED);
    }

    @Test
    void repliesMentionsAndReportsReachTheirPeople() {
        SessionsFixture sessions = new SessionsFixture(context, accounts);
        long spaceId = sessions.space(AccessMode.RESTRICTED);
        sessions.addMember(spaceId, TestAccounts.BOTH, org.passerelle.spaces.SpaceRole.PARTICIPANT);
        accounts.signIn(TestAccounts.MEMBER);
        long threadId = context.getBean(ThreadService.class)
                .open(SubjectRef.space(spaceId))
                .id();
        MessageService messages = context.getBean(MessageService.class);
        long first = messages.post(threadId, "Who knows the health centre in Huye?", null)
                .id();
        pastMessages();
        accounts.signIn(TestAccounts.BOARD);
        long reply = messages.post(threadId, "I do, @Moussa Membre", first).id();
        assertThat(topicsOf(TestAccounts.MEMBER))
                .containsOnlyOnce(Topic.REPLIED)
                .contains(Topic.MENTIONED);
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.REPLIED, Topic.MENTIONED);

        accounts.signIn(TestAccounts.BOTH);
        context.getBean(ReportService.class).report(reply, "Off topic");
        assertThat(topicsOf(TestAccounts.STAFF)).contains(Topic.MESSAGE_REPORTED);
        assertThat(topicsOf(TestAccounts.ADMIN)).contains(Topic.MESSAGE_REPORTED);
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.MESSAGE_REPORTED);
        assertThat(topicsOf(TestAccounts.BOTH)).doesNotContain(Topic.MESSAGE_REPORTED);
    }

    private void pastMessages() {
        jdbc.update(
                "update discussion_message set created_at = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
    }

    @Test
    void invitationsCoAuthorsClosedBallotsAndDecisionsAreTold() {
        VotingFixture fixture = new VotingFixture(context, accounts);
        // the fixture invited BOTH to the association and BOARD and BOTH to the space
        assertThat(topicsOf(TestAccounts.BOTH)).contains(Topic.ASSOCIATION_INVITATION, Topic.SPACE_INVITATION);
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.SPACE_INVITATION);

        ProposalService proposals = context.getBean(ProposalService.class);
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = proposals.createDraft(fixture.callId, fixture.associationId, "Co-written");
        proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        assertThat(topicsOf(TestAccounts.BOTH)).contains(Topic.COAUTHOR_ADDED);
        assertThat(topicsOf(TestAccounts.BOARD))
                .as("a draft is nobody else's business")
                .containsOnly(Topic.SPACE_INVITATION);

        ProposalView voted = fixture.proposalInVoting("Decided");
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot = context.getBean(BallotOpening.class).open(voted.id(), VotingFixture.decision(false));
        BallotClosing closing = context.getBean(BallotClosing.class);
        closing.closeEarly(ballot.id(), "Time is up");
        assertThat(topicsOf(TestAccounts.BOARD)).contains(Topic.BALLOT_CLOSED);
        closing.recordDecision(ballot.id(), ProposalAction.ACCEPT, "A clear plan");
        assertThat(topicsOf(TestAccounts.MEMBER)).contains(Topic.PROPOSAL_DECIDED);
        assertThat(topicsOf(TestAccounts.OUTSIDER)).isEmpty();
    }

    @Test
    void theUploaderHearsThatADocumentCouldNotBeRead() {
        DocumentsFixture documents = new DocumentsFixture(context, accounts);
        accounts.signIn(TestAccounts.MEMBER);
        byte[] pdf = TestFiles.pdf("Budget", TestFiles.ENGLISH);
        byte[] broken = Arrays.copyOf(pdf, 300);
        var uploaded = DocumentsFixture.upload(
                context.getBean(DocumentUploads.class),
                SubjectRef.proposal(documents.proposalId),
                "budget.pdf",
                broken);
        long documentId = uploaded.document().id();
        DocumentService service = context.getBean(DocumentService.class);
        DocumentsFixture.await("the extraction ends", () -> {
            accounts.signIn(TestAccounts.MEMBER);
            return service.get(documentId).state().finished();
        });
        assertThat(service.get(documentId).state()).isEqualTo(ExtractionState.FAILED);
        DocumentsFixture.await(
                "the uploader is told", () -> topicsOf(TestAccounts.MEMBER).contains(Topic.DOCUMENT_UNREADABLE));
        assertThat(topicsOf(TestAccounts.BOARD)).doesNotContain(Topic.DOCUMENT_UNREADABLE);
    }
}
