package org.passerelle.sessions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
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
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;

/** Builds spaces with members, sessions and proposals for the sessions tests, through the services. */
public final class SessionsFixture {

    public static final LocalDate TODAY = LocalDate.now(TimeZones.OFFICE);
    private final ApplicationContext context;
    private final TestAccounts accounts;

    public SessionsFixture(ApplicationContext context, TestAccounts accounts) {
        this.context = context;
        this.accounts = accounts;
    }

    /** A space created by the admin where MEMBER is a participant and BOARD a board member. */
    public long space(AccessMode mode) {
        accounts.signIn(TestAccounts.ADMIN);
        long spaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, mode))
                .id();
        addMember(spaceId, TestAccounts.MEMBER, SpaceRole.PARTICIPANT);
        addMember(spaceId, TestAccounts.BOARD, SpaceRole.BOARD_MEMBER);
        return spaceId;
    }

    /** Invites and accepts, as staff and the person would; leaves the admin signed in. */
    public void addMember(long spaceId, TestAccounts.Person person, SpaceRole role) {
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        accounts.signIn(TestAccounts.ADMIN);
        memberships.invite(spaceId, accounts.idOf(person), role);
        accounts.signIn(person);
        memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        accounts.signIn(TestAccounts.ADMIN);
    }

    public static SessionForm form(String title, LocalDateTime start, LocalDateTime end, int capacity) {
        return new SessionForm(
                title,
                "We plan the **health** work.",
                start,
                end,
                "Rue Montoyer 40, Brussels",
                "https://meet.example.org/passerelle",
                capacity,
                List.of(new AgendaItem("Welcome", 10, null), new AgendaItem("Proposals", 50, null)));
    }

    /** Tomorrow 14:00–16:00 in Brussels. */
    public static SessionForm tomorrow(String title, int capacity) {
        LocalDateTime start = TODAY.plusDays(1).atTime(14, 0);
        return form(title, start, start.plusHours(2), capacity);
    }

    public SessionSummary schedule(long spaceId, SessionForm form) {
        accounts.signIn(TestAccounts.STAFF);
        return context.getBean(SessionService.class).schedule(spaceId, form);
    }

    /**
     * A proposal of MEMBER's association submitted to an open call of the space; returns it. BOTH is the
     * association's second member. Leaves the admin signed in.
     */
    public ProposalView submittedProposal(long spaceId, String title) {
        accounts.signIn(TestAccounts.ADMIN);
        CallService calls = context.getBean(CallService.class);
        long callId = calls.create(
                        spaceId,
                        new CallForm(
                                "Health centres",
                                null,
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
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        long associationId = context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                "Ubumwe " + title,
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
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView draft = proposals.createDraft(callId, associationId, title);
        draft = proposals.save(draft.id(), draft.lockVersion(), complete(title));
        ProposalView submitted = proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        accounts.signIn(TestAccounts.ADMIN);
        return submitted;
    }

    /**
     * A session tomorrow with MEMBER's submitted proposal on its agenda, in a space MEMBER then left: MEMBER is an
     * invited author, not a member. Leaves the admin signed in.
     */
    public SessionSummary withInvitedAuthor(AccessMode mode, String proposalTitle, int capacity) {
        long spaceId = space(mode);
        ProposalView proposal = submittedProposal(spaceId, proposalTitle);
        SessionForm base = tomorrow("Review of the health proposals", capacity);
        SessionSummary session = schedule(
                spaceId,
                new SessionForm(
                        base.title(),
                        base.description(),
                        base.startsAt(),
                        base.endsAt(),
                        base.place(),
                        base.onlineLink(),
                        base.capacity(),
                        List.of(new AgendaItem("The proposal", 30, proposal.id()))));
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(SpaceMembershipService.class).leave(spaceId);
        accounts.signIn(TestAccounts.ADMIN);
        return session;
    }

    /** A draft of MEMBER's association in the space (no one else sees it). */
    public ProposalView draftProposal(long callId, long associationId, String title) {
        accounts.signIn(TestAccounts.MEMBER);
        return context.getBean(ProposalService.class).createDraft(callId, associationId, title);
    }

    static ProposalContent complete(String title) {
        return org.passerelle.proposals.ProposalSamples.complete(title, "No light at night");
    }
}
