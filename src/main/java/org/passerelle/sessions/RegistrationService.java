package org.passerelle.sessions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.sessions.SessionEvents.SessionRegistered;
import org.passerelle.sessions.SessionEvents.SessionUnregistered;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.Registration;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.passerelle.sessions.domain.SessionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for sessions. Members of the session's space, and the authors of a proposal on its agenda (who
 * are invited, see {@link RegistrationRules}), register until the session starts; when the
 * seats are taken they join the waiting list, and the first in it gets the next seat that frees. The
 * session row is locked for each registration, so concurrent clicks never give more seats than there are.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RegistrationService {

    private final SessionRepository sessions;

    /**
     * The people registered for the session or waiting for a seat. For notifications, which then ask the access
     * contract as each person: ids only, no access check.
     */
    @PreAuthorize("permitAll()") // asked with no one signed in, see above
    @Transactional(readOnly = true)
    public List<Long> registrantIds(long sessionId) {
        return registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId).stream()
                .map(r -> r.getAccountId())
                .toList();
    }

    private final RegistrationRepository registrations;
    private final SessionAccess access;
    private final Seats seats;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(
            SessionRepository sessions,
            RegistrationRepository registrations,
            SessionAccess access,
            Seats seats,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
        this.seats = seats;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the signed-in member or invited author: a seat when one is free, otherwise a place in the waiting list. */
    public RegistrationStatus register(long sessionId) {
        SignedInPerson me = currentUser.require();
        // who may register is checked before the row lock, so that the lock is held only to count and insert
        SessionAccess.Reader reader =
                access.reader(sessions.findById(sessionId).orElseThrow(SessionNotFoundException::new));
        if (!reader.mayAttend()) {
            throw new UserFacingException("sessions.error.not-member");
        }
        if (reader.space().archived()) {
            throw new UserFacingException("spaces.error.archived");
        }
        CoCreationSession session = sessions.findForUpdate(sessionId).orElseThrow(SessionNotFoundException::new);
        checkOpen(session);
        if (registrations.findBySessionIdAndAccountId(sessionId, me.accountId()).isPresent()) {
            throw new UserFacingException("sessions.error.already-registered");
        }
        long taken = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.REGISTERED);
        RegistrationStatus status =
                taken < session.getCapacity() ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        registrations.saveAndFlush(new Registration(sessionId, me.accountId(), status, clock.instant()));
        events.publishEvent(new SessionRegistered(sessionId, session.getSpaceId(), me.accountId(), status));
        return status;
    }

    /** Gives up the seat (the first person waiting gets it) or the place in the waiting list. */
    public void unregister(long sessionId) {
        SignedInPerson me = currentUser.require();
        CoCreationSession session = sessions.findForUpdate(sessionId).orElseThrow(SessionNotFoundException::new);
        access.spaceOf(session);
        checkOpen(session);
        Registration mine = registrations
                .findBySessionIdAndAccountId(sessionId, me.accountId())
                .orElseThrow(() -> new UserFacingException("sessions.error.not-registered"));
        registrations.delete(mine);
        registrations.flush();
        seats.fill(session);
        events.publishEvent(new SessionUnregistered(sessionId, session.getSpaceId(), me.accountId()));
    }

    /** Who registered and who waits, in order (facilitators only). */
    @Transactional(readOnly = true)
    public List<Registrant> registrants(long sessionId) {
        access.facilitated(sessionId, false);
        List<Registration> found = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId);
        Map<Long, PersonRef> people =
                accounts.people(found.stream().map(Registration::getAccountId).toList());
        return found.stream()
                .sorted((a, b) -> a.getStatus().compareTo(b.getStatus())) // stable: seats first, then the queue
                .map(r -> new Registrant(
                        r.getAccountId(),
                        people.containsKey(r.getAccountId())
                                ? people.get(r.getAccountId()).displayName()
                                : "#" + r.getAccountId(),
                        r.getStatus(),
                        r.getAttended()))
                .toList();
    }

    private void checkOpen(CoCreationSession session) {
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        SessionPhase phase = SessionPhase.of(
                session.getState(),
                session.getStartsAt(),
                session.getEndsAt(),
                session.getCurrentItem(),
                session.getAgenda().size(),
                clock.instant());
        if (phase != SessionPhase.UPCOMING) { // begun by the clock or by the facilitator, as the page says
            throw new UserFacingException("sessions.error.registration-closed");
        }
    }
}
