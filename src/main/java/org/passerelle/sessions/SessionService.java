package org.passerelle.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.sessions.SessionEvents.SessionCancelled;
import org.passerelle.sessions.SessionEvents.SessionLiveChanged;
import org.passerelle.sessions.SessionEvents.SessionScheduled;
import org.passerelle.sessions.SessionEvents.SessionUpdated;
import org.passerelle.sessions.domain.AgendaEntry;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.passerelle.sessions.domain.SessionRepository;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling sessions. Staff who moderate a space (staff and the space's facilitators) schedule, change and
 * cancel its sessions; whoever sees the space sees its sessions. Driving a session live is {@link
 * LiveSessionService}; the home page's lists are {@link SessionDashboards}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SessionService {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final SessionAccess access;
    private final SessionInvitations invitations;
    private final AgendaProposals agendaProposals;
    private final Seats seats;
    private final SpaceAccess spaceAccess;
    private final SpaceService spaces;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(
            SessionRepository sessions,
            RegistrationRepository registrations,
            SessionAccess access,
            SessionInvitations invitations,
            AgendaProposals agendaProposals,
            Seats seats,
            SpaceAccess spaceAccess,
            SpaceService spaces,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
        this.invitations = invitations;
        this.agendaProposals = agendaProposals;
        this.seats = seats;
        this.spaceAccess = spaceAccess;
        this.spaces = spaces;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new session in a space the person moderates (staff or the space's facilitators; not archived). */
    @PreAuthorize("hasRole('STAFF')")
    public SessionSummary schedule(long spaceId, SessionForm form) {
        long me = currentUser.require().accountId();
        spaceAccess.require(spaceId, SpaceAction.MODERATE);
        SessionRules.Clean clean = SessionRules.clean(form);
        agendaProposals.checkLinkable(spaceId, clean.form().agenda());
        CoCreationSession session = new CoCreationSession(spaceId, me, clock.instant());
        apply(session, clean);
        sessions.saveAndFlush(session);
        events.publishEvent(
                new SessionScheduled(me, session.getId(), spaceId, clean.form().anyTitle(), clean.startsAt()));
        invitations.inviteNewAuthors(session, List.of());
        return access.summary(session);
    }

    /**
     * Changes a session that is not cancelled; refused when someone else changed it meanwhile. A larger
     * capacity promotes people from the waiting list; a capacity below the seats already taken is refused.
     */
    @PreAuthorize("hasRole('STAFF')")
    public SessionSummary update(long sessionId, long expectedVersion, SessionForm form) {
        long me = currentUser.require().accountId();
        CoCreationSession session = access.facilitated(sessionId, true);
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        if (session.getVersion() != expectedVersion) {
            throw new UserFacingException("sessions.error.changed-meanwhile");
        }
        SessionRules.Clean clean = SessionRules.clean(form);
        long taken = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.REGISTERED);
        if (clean.form().capacity() < taken) {
            throw new InvalidInputException("capacity", "sessions.error.capacity-below-registered", taken);
        }
        agendaProposals.checkLinkable(session.getSpaceId(), clean.form().agenda());
        List<AgendaEntry> before = session.getAgenda();
        apply(session, clean);
        if (session.getCurrentItem() != null
                && session.getCurrentItem() > session.getAgenda().size()) {
            session.moveTo(session.getAgenda().size(), null);
        }
        session.touch(clock.instant());
        sessions.saveAndFlush(session);
        seats.fill(session);
        events.publishEvent(new SessionUpdated(
                me, sessionId, session.getSpaceId(), clean.form().anyTitle(), clean.startsAt()));
        invitations.inviteNewAuthors(session, before);
        events.publishEvent(SessionLiveChanged.reread(sessionId));
        return access.summary(session);
    }

    /** Cancels a session (it stays visible, marked cancelled, with the reason). */
    @PreAuthorize("hasRole('STAFF')")
    public SessionSummary cancel(long sessionId, String reason) {
        long me = currentUser.require().accountId();
        CoCreationSession session = access.facilitated(sessionId, true);
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        String clean = SessionRules.reason(reason);
        session.cancel(clean);
        session.touch(clock.instant());
        sessions.saveAndFlush(session);
        events.publishEvent(new SessionCancelled(me, sessionId, session.getSpaceId(), clean == null ? "" : clean));
        events.publishEvent(SessionLiveChanged.reread(sessionId));
        return access.summary(session);
    }

    /** A session of a space the person sees; otherwise "not found", whether it exists or not. */
    @Transactional(readOnly = true)
    public SessionSummary get(long sessionId) {
        return access.summary(access.visible(sessionId));
    }

    /**
     * Sessions not yet ended in every space the person takes part in, and those they are invited to as the
     * co-author of a proposal on the agenda, soonest first.
     */
    @Transactional(readOnly = true)
    public List<SessionSummary> upcoming() {
        Map<Long, SpaceSummary> seen =
                spaces.visibleSpaces().stream().collect(Collectors.toMap(SpaceSummary::id, Function.identity()));
        Map<Long, SpaceSummary> visible = seen.values().stream()
                .filter(SpaceSummary::mayTakePart)
                .collect(Collectors.toMap(SpaceSummary::id, Function.identity()));
        Instant now = clock.instant();
        List<SessionSummary> found = new ArrayList<>();
        if (!visible.isEmpty()) {
            for (CoCreationSession session :
                    sessions.findBySpaceIdInAndEndsAtAfterOrderByStartsAtAsc(visible.keySet(), now)) {
                found.add(access.summary(session, visible.get(session.getSpaceId())));
            }
        }
        Set<Long> coAuthored = invitations.coAuthored();
        if (!coAuthored.isEmpty()) {
            for (CoCreationSession session : sessions.withProposalsOnAgenda(coAuthored, now)) {
                // a space they see without taking part (never a private one they are not a member of)
                SpaceSummary space = seen.get(session.getSpaceId());
                if (space != null && !visible.containsKey(space.id())) {
                    found.add(access.summary(session, space));
                }
            }
            found.sort(Comparator.comparing(SessionSummary::startsAt).thenComparing(SessionSummary::id));
        }
        return found;
    }

    /** Every session of a space the person takes part in (else none), past ones included, in order of start. */
    @Transactional(readOnly = true)
    public List<SessionSummary> ofSpace(long spaceId) {
        SpaceSummary space = spaces.get(spaceId);
        if (!space.mayTakePart()) {
            return List.of();
        }
        return sessions.findBySpaceIdOrderByStartsAtAsc(spaceId).stream()
                .map(session -> access.summary(session, space))
                .toList();
    }

    /** The proposals of the space an agenda item may point to: those the person may see. */
    @Transactional(readOnly = true)
    public List<ProposalChoice> linkableProposals(long spaceId) {
        spaces.get(spaceId);
        return List.copyOf(agendaProposals.linkable(spaceId).values());
    }

    private static void apply(CoCreationSession session, SessionRules.Clean clean) {
        SessionForm form = clean.form();
        session.describe(
                form.title(),
                form.titleFr(),
                form.description(),
                form.descriptionFr(),
                form.place(),
                form.onlineLink());
        session.schedule(clean.startsAt(), clean.endsAt(), form.capacity());
        session.setAgenda(form.agenda().stream()
                .map(item -> new AgendaEntry(item.title(), item.durationMinutes(), item.proposalId()))
                .toList());
    }

    /** Now, for views that show where a session is in time. */
    public Instant now() {
        return clock.instant();
    }
}
