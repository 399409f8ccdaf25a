package org.passerelle.sessions;

import java.time.Instant;
import org.passerelle.sessions.domain.CoCreationSession;

/**
 * Who may register for a session, and what to tell those who may not, in one place: the service refuses with
 * the same rule the page explains. Members of the space register, and so do the authors of a proposal on the
 * agenda (they are invited); while the space is not archived and the session is upcoming ({@link SessionPhase}:
 * not begun by the clock nor by the facilitator).
 */
final class RegistrationRules {

    private RegistrationRules() {}

    /** Whether the reader may register now, or give up their seat. */
    static boolean mayRegister(CoCreationSession session, SessionAccess.Reader reader, Instant now) {
        return note(session, reader, now, 0, true) == null;
    }

    /**
     * What the page says about registering, or {@code null} when there is nothing to say.
     *
     * @param seatsTaken how many have a seat
     * @param registered whether the reader already has a seat or waits for one
     */
    static RegistrationNote note(
            CoCreationSession session, SessionAccess.Reader reader, Instant now, long seatsTaken, boolean registered) {
        // the phase everyone is shown: a session the facilitator started early has started, one they took past
        // its last item has ended
        switch (SessionPhase.of(
                session.getState(),
                session.getStartsAt(),
                session.getEndsAt(),
                session.getCurrentItem(),
                session.getAgenda().size(),
                now)) {
            case CANCELLED -> {
                return RegistrationNote.CANCELLED;
            }
            case ENDED -> {
                return RegistrationNote.ENDED;
            }
            case RUNNING -> {
                return RegistrationNote.STARTED;
            }
            case UPCOMING -> {
                // registration is open: the rules below decide who
            }
        }
        if (reader.space().archived()) {
            return RegistrationNote.ARCHIVED;
        }
        if (!reader.mayAttend()) {
            return reader.space().mayJoin() ? RegistrationNote.MEMBERS_ONLY_JOIN : RegistrationNote.MEMBERS_ONLY_ASK;
        }
        if (!registered && seatsTaken >= session.getCapacity()) {
            return RegistrationNote.FULL;
        }
        return null;
    }
}
