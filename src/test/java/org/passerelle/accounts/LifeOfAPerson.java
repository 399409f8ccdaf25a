package org.passerelle.accounts;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.base.Sector;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ThreadService;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsFixture;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;
import org.passerelle.notifications.NotificationsProbe;
import org.passerelle.notifications.mail.MailProbe;
import org.passerelle.people.ProfileForm;
import org.passerelle.people.ProfileService;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.Role;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotClosing;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.Conflict;
import org.passerelle.voting.VoteForm;
import org.passerelle.voting.VotingFixture;
import org.springframework.context.ApplicationContext;

/**
 * A person with a distinctive name, address and phone who does everything the workspace offers: created by an
 * administrator (audited with the address), a board member of a space, a profile with a phone, votes in an open
 * ballot and in one that is then closed, joins an association, co-authors a proposal and saves a version of it,
 * uploads a file, writes a message, is mentioned by someone else (a notification and an immediate mail), registers
 * for a session, chooses a notification setting. BOARD votes too, with a reason of their own.
 */
final class LifeOfAPerson {

    static final String NAME = "Zéphyrine Quintavalle-Okonkwo";
    static final String EMAIL = "zephyrine.quintavalle@erasure.example";
    static final String PHONE = "+32 470 98 76 54";
    static final String BOARD_REASON = "Too costly for the district";
    static final TestAccounts.Person PERSON =
            new TestAccounts.Person(EMAIL, NAME, "fr", EnumSet.of(Role.BOARD_MEMBER, Role.ASSOCIATION_MEMBER), true);

    final long id;
    final VotingFixture fixture;
    final long openBallotId;
    final long closedBallotId;
    final long coAuthoredProposalId;
    final long documentId;
    final long messageId;
    final long sessionId;

    LifeOfAPerson(ApplicationContext context, TestAccounts accounts) {
        accounts.signIn(TestAccounts.ADMIN);
        id = context.getBean(AccountService.class)
                .create(new AccountForm(EMAIL, NAME, PERSON.roles(), "fr", true), TestAccounts.PASSWORD)
                .id();
        fixture = new VotingFixture(context, accounts);
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        accounts.signIn(TestAccounts.ADMIN);
        memberships.invite(fixture.spaceId, id, SpaceRole.BOARD_MEMBER);
        accounts.signIn(PERSON);
        memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        context.getBean(ProfileService.class)
                .saveMine(new ProfileForm(
                        Set.of("fr"),
                        Set.of("RW"),
                        Set.of("BE"),
                        EnumSet.of(Sector.HEALTH),
                        List.of("Nursing"),
                        "Nurse in Huye, then in Liège.",
                        PHONE,
                        EMAIL,
                        true));

        // two ballots: one stays open, the other is closed after the votes
        openBallotId = ballotVotedOn(context, accounts, "Solar clinics");
        closedBallotId = ballotVotedOn(context, accounts, "Mobile pharmacies");
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(BallotClosing.class).closeEarly(closedBallotId, "Everyone has voted");

        // joins the association and co-writes a proposal, with a file
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(AssociationInvitationService.class).invite(fixture.associationId, EMAIL);
        accounts.signIn(PERSON);
        context.getBean(AssociationInvitationService.class).accept(fixture.associationId);
        ProposalService proposals = context.getBean(ProposalService.class);
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = proposals.createDraft(fixture.callId, fixture.associationId, "Water points");
        proposals.addCoAuthor(draft.id(), id);
        accounts.signIn(PERSON);
        ProposalView mine = proposals.get(draft.id());
        proposals.save(mine.id(), mine.lockVersion(), VotingFixture.complete("Water points"));
        coAuthoredProposalId = draft.id();
        documentId = DocumentsFixture.upload(
                        context.getBean(DocumentUploads.class),
                        SubjectRef.proposal(draft.id()),
                        "budget.txt",
                        "Budget lines: 12 water points".getBytes(StandardCharsets.UTF_8))
                .document()
                .id();

        // a message, and a mention by someone else
        long threadId = context.getBean(ThreadService.class)
                .open(SubjectRef.space(fixture.spaceId))
                .id();
        MessageService messages = context.getBean(MessageService.class);
        messageId = messages.post(threadId, "Who has figures on Huye?", null).id();
        accounts.signIn(TestAccounts.BOARD);
        messages.post(threadId, "I do, @" + NAME + " — see the annex", messageId);

        // a session registration and a notification setting
        SessionSummary session = new SessionsFixture(context, accounts)
                .schedule(fixture.spaceId, SessionsFixture.tomorrow("Health roadmap", 10));
        sessionId = session.id();
        accounts.signIn(PERSON);
        context.getBean(RegistrationService.class).register(sessionId);
        context.getBean(NotificationSettings.class).setMine(NotificationCategory.MY_PROPOSALS, MailMode.WEEKLY);

        NotificationsProbe.settle(context);
        MailProbe.composeImmediate(context);
        TestAccounts.signOut();
    }

    /** A proposal brought to a vote: the person votes yes, BOARD votes no with a reason; returns the ballot. */
    private long ballotVotedOn(ApplicationContext context, TestAccounts accounts, String title) {
        ProposalView proposal = fixture.proposalInVoting(title);
        BallotView ballot = context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        BallotService ballots = context.getBean(BallotService.class);
        accounts.signIn(PERSON);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        accounts.signIn(TestAccounts.BOARD);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.NO, BOARD_REASON));
        return ballot.id();
    }
}
