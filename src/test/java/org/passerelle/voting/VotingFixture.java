package org.passerelle.voting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.Role;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;

/**
 * A restricted space with board members (BOARD, BOTH and extra ones), an open call with two weighted
 * criteria, an association (MEMBER, and BOTH, who is thus in conflict), and proposals brought to VOTING.
 */
public final class VotingFixture {

    public static final LocalDate TODAY = LocalDate.now(TimeZones.OFFICE);
    private final ApplicationContext context;
    private final TestAccounts accounts;
    public final long spaceId;
    public final long callId;
    public final long associationId;

    public VotingFixture(ApplicationContext context, TestAccounts accounts) {
        this.context = context;
        this.accounts = accounts;
        accounts.signIn(TestAccounts.ADMIN);
        spaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.RESTRICTED))
                .id();
        CallService calls = context.getBean(CallService.class);
        callId = calls.create(
                        spaceId,
                        new CallForm(
                                "Health centres",
                                "Centres de santé",
                                null,
                                null,
                                null,
                                null,
                                TODAY,
                                TODAY.plusDays(30),
                                false,
                                Set.of(),
                                Set.of(),
                                5,
                                List.of(
                                        new Criterion("Relevance", "Pertinence", 70),
                                        new Criterion("Feasibility", null, 30))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        associationId = context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                "Ubumwe Bruxelles",
                                "UB",
                                "Rwandan diaspora",
                                Set.of("RW"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(TestAccounts.MEMBER))
                .id();
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(AssociationInvitationService.class).invite(associationId, TestAccounts.BOTH.email());
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationInvitationService.class).accept(associationId);
        addBoardMembers(List.of(TestAccounts.BOARD, TestAccounts.BOTH));
    }

    /** Extra board members {@code board1@…} to {@code board<count>@…}, added to the space. */
    public List<TestAccounts.Person> extraBoardMembers(int count) {
        List<TestAccounts.Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            TestAccounts.Person person = new TestAccounts.Person(
                    "board" + i + "@test.example", "Board Member " + i, "en", EnumSet.of(Role.BOARD_MEMBER), true);
            accounts.insert(person);
            people.add(person);
        }
        addBoardMembers(people);
        return people;
    }

    private void addBoardMembers(List<TestAccounts.Person> people) {
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        for (TestAccounts.Person person : people) {
            accounts.signIn(TestAccounts.ADMIN);
            memberships.invite(spaceId, accounts.idOf(person), SpaceRole.BOARD_MEMBER);
            accounts.signIn(person);
            memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        }
        TestAccounts.signOut();
    }

    /** A complete proposal by MEMBER, submitted, triaged and moved to VOTING by staff; leaves STAFF signed in. */
    public ProposalView proposalInVoting(String title) {
        ProposalView proposal = proposalInReview(title);
        return context.getBean(ProposalService.class).act(proposal.id(), ProposalAction.OPEN_VOTING, null);
    }

    /** A proposal submitted and triaged (IN_REVIEW); leaves STAFF signed in. */
    public ProposalView proposalInReview(String title) {
        ProposalView submitted = proposalSubmitted(title);
        accounts.signIn(TestAccounts.STAFF);
        return context.getBean(ProposalService.class).act(submitted.id(), ProposalAction.TRIAGE, null);
    }

    /** A complete proposal by MEMBER, submitted (not triaged yet); leaves MEMBER signed in. */
    public ProposalView proposalSubmitted(String title) {
        ProposalService proposals = context.getBean(ProposalService.class);
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = proposals.createDraft(callId, associationId, title);
        proposals.save(draft.id(), draft.lockVersion(), complete(title));
        return proposals.act(draft.id(), ProposalAction.SUBMIT, null);
    }

    /** A board member invited to the space who has not answered yet (so not a member); nobody signed in after. */
    public TestAccounts.Person pendingBoardMember(String name) {
        TestAccounts.Person person =
                new TestAccounts.Person("pending@test.example", name, "en", EnumSet.of(Role.BOARD_MEMBER), true);
        accounts.insert(person);
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(SpaceMembershipService.class).invite(spaceId, accounts.idOf(person), SpaceRole.BOARD_MEMBER);
        TestAccounts.signOut();
        return person;
    }

    /** Settings closing in three days: decision, quorum 50 %, simple majority. */
    public static BallotSettings decision(boolean secret) {
        return new BallotSettings(
                BallotKind.DECISION,
                true,
                List.of(),
                null,
                Instant.now().plus(Duration.ofDays(3)),
                50,
                Threshold.SIMPLE_MAJORITY,
                secret,
                !secret);
    }

    public static BallotSettings scoring(boolean secret) {
        return new BallotSettings(
                BallotKind.SCORING,
                false,
                List.of(),
                null,
                Instant.now().plus(Duration.ofDays(3)),
                0,
                null,
                secret,
                false);
    }

    public static ProposalContent complete(String title) {
        return org.passerelle.proposals.ProposalSamples.complete(title, "No power at night");
    }
}
