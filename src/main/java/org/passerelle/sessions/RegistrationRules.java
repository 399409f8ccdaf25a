package org.passerelle.sessions;

import java.time.Instant;
import org.passerelle.sessions.domain.CoCreationSession;

/**
 * Who may register for a session, and what to tell those who may not, in one place: the service refuses with
 * the same rule the page explains. Members of the space register, and so do the authors of a proposal on the
 * agenda (they are invited); while the space is not archived and the session is scheduled and not begun.
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
        if (session.getState() == SessionState.CANCELLED) {
            return RegistrationNote.CANCELLED;
        }
        if (!now.isBefore(session.getEndsAt())) {
            return RegistrationNote.ENDED;
        }
        if (!now.isBefore(session.getStartsAt())) {
            return RegistrationNote.STARTED;
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
