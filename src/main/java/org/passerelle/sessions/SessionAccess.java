package org.passerelle.sessions;

import java.time.Clock;
import java.util.List;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.Registration;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.passerelle.sessions.domain.SessionRepository;
import org.passerelle.spaces.SpaceNotFoundException;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.stereotype.Component;

/**
 * Who may see and facilitate a session, asked of the space (see {@code spaces.AccessPolicy}): a session is
 * seen by whoever takes part in its space (anyone who sees an open space; members and staff of restricted
 * and private ones), and "not found" for everyone else; it is facilitated by those who
 * moderate the space (staff and the space's facilitators). Also builds what one reader sees of a session.
 */
@Component
class SessionAccess {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final SpaceService spaces;
    private final AgendaProposals agendaProposals;
    private final CurrentUser currentUser;
    private final SessionInvitations invitations;
    private final Clock clock;

    SessionAccess(
            SessionRepository sessions,
            RegistrationRepository registrations,
            SpaceService spaces,
            AgendaProposals agendaProposals,
            CurrentUser currentUser,
            SessionInvitations invitations,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.spaces = spaces;
        this.agendaProposals = agendaProposals;
        this.currentUser = currentUser;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * What the reader is to a session: its space as they see it, and the proposal of theirs on the agenda that
     * invites them when they are not a member.
     */
    record Reader(SpaceSummary space, String invitedFor) {

        /** Members of the space attend its sessions; so do the invited authors. */
        boolean mayAttend() {
            return space.myRole() != null || invitedFor != null;
        }
    }

    /** The reader of a session; "not found" when they may not see it. */
    Reader reader(CoCreationSession session) {
        return reader(session, seen(session.getSpaceId()));
    }

    private Reader reader(CoCreationSession session, SpaceSummary space) {
        String invitedFor = space.myRole() == null ? invitations.invitedFor(session) : null;
        if (!space.mayTakePart() && invitedFor == null) {
            throw new SessionNotFoundException();
        }
        return new Reader(space, invitedFor);
    }

    /** The space of a session, as the reader sees it; "not found" when the reader may not see the session. */
    SpaceSummary spaceOf(CoCreationSession session) {
        return reader(session).space();
    }

    /** The space, when the person sees it; else "not found". */
    private SpaceSummary seen(long spaceId) {
        try {
            return spaces.get(spaceId);
        } catch (SpaceNotFoundException hidden) {
            throw new SessionNotFoundException();
        }
    }

    CoCreationSession visible(long sessionId) {
        CoCreationSession session = sessions.findById(sessionId).orElseThrow(SessionNotFoundException::new);
        spaceOf(session);
        return session;
    }

    /** The session, locked, when the reader facilitates it; refused otherwise. */
    CoCreationSession facilitated(long sessionId, boolean lock) {
        CoCreationSession session = (lock ? sessions.findForUpdate(sessionId) : sessions.findById(sessionId))
                .orElseThrow(SessionNotFoundException::new);
        SpaceSummary space = spaceOf(session);
        if (!space.mayModerate()) {
            throw new UserFacingException(
                    space.archived() ? "spaces.error.archived" : "sessions.error.not-facilitator");
        }
        return session;
    }

    SessionSummary summary(CoCreationSession session) {
        return summary(session, reader(session));
    }

    /** The summary in a list of sessions of a space the person takes part in. */
    SessionSummary summary(CoCreationSession session, SpaceSummary space) {
        return summary(session, reader(session, space));
    }

    private SessionSummary summary(CoCreationSession session, Reader reader) {
        SignedInPerson me = currentUser.require();
        SpaceSummary space = reader.space();
        List<Registration> all = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(session.getId());
        long registered = all.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .count();
        List<Registration> waiting = all.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.WAITING)
                .toList();
        Registration mine = all.stream()
                .filter(r -> r.getAccountId() == me.accountId())
                .findFirst()
                .orElse(null);
        int position = mine == null || mine.getStatus() != RegistrationStatus.WAITING ? 0 : waiting.indexOf(mine) + 1;
        return new SessionSummary(
                session.getId(),
                session.getSpaceId(),
                session.getTitleEn(),
                session.getTitleFr(),
                session.getDescriptionEn(),
                session.getDescriptionFr(),
                session.getStartsAt(),
                session.getEndsAt(),
                session.getPlace(),
                session.getOnlineLink(),
                session.getCapacity(),
                session.getState(),
                session.getCancelReason(),
                agendaProposals.lines(session),
                registered,
                waiting.size(),
                mine == null ? null : mine.getStatus(),
                position,
                space.mayModerate(),
                RegistrationRules.mayRegister(session, reader, clock.instant()),
                RegistrationRules.note(session, reader, clock.instant(), registered, mine != null),
                reader.invitedFor(),
                !space.mayTakePart(),
                session.getCurrentItem(),
                session.getTimerStartedAt(),
                session.getMinutes(),
                session.getVersion());
    }
}
