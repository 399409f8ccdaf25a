package org.passerelle.sessions;

import java.time.Clock;
import org.passerelle.base.UserFacingException;
import org.passerelle.sessions.SessionEvents.SessionLiveChanged;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.SessionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Driving a session live: those who facilitate it (staff and the space's facilitators) move the agenda on and
 * start the timer of the current item; every open page of the session is told (see {@link SessionLiveChanged}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class LiveSessionService {

    private final SessionRepository sessions;
    private final SessionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiveSessionService(
            SessionRepository sessions, SessionAccess access, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The facilitator moves the session to the next agenda item (the first one when none is under way);
     * after the last item the agenda is over. The timer of the new item is not started.
     */
    public SessionSummary nextItem(long sessionId) {
        CoCreationSession session = live(sessionId);
        int size = session.getAgenda().size();
        Integer current = session.getCurrentItem();
        int next = current == null ? 0 : Math.min(current + 1, size);
        session.moveTo(next, null);
        return saveLive(session);
    }

    /** The facilitator goes back to the previous agenda item. */
    public SessionSummary previousItem(long sessionId) {
        CoCreationSession session = live(sessionId);
        Integer current = session.getCurrentItem();
        if (current == null || current == 0) {
            throw new UserFacingException("sessions.error.no-previous-item");
        }
        session.moveTo(current - 1, null);
        return saveLive(session);
    }

    /** The facilitator (re)starts the timer of the current agenda item. */
    public SessionSummary startTimer(long sessionId) {
        CoCreationSession session = live(sessionId);
        Integer current = session.getCurrentItem();
        if (current == null || current >= session.getAgenda().size()) {
            throw new UserFacingException("sessions.error.no-current-item");
        }
        session.moveTo(current, clock.instant());
        return saveLive(session);
    }

    private CoCreationSession live(long sessionId) {
        CoCreationSession session = access.facilitated(sessionId, true);
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        if (session.getAgenda().isEmpty()) {
            throw new UserFacingException("sessions.error.no-agenda");
        }
        return session;
    }

    private SessionSummary saveLive(CoCreationSession session) {
        session.touch(clock.instant());
        sessions.saveAndFlush(session);
        events.publishEvent(
                new SessionLiveChanged(session.getId(), session.getCurrentItem(), session.getTimerStartedAt(), false));
        return access.summary(session);
    }
}
