package org.passerelle.sessions;

import java.time.Instant;

/**
 * Where a scheduled session is, as everyone is shown it. The one place that decides it (see {@link #of}): the
 * facilitator's moves count as much as the clock, so a session the facilitator started early is in progress.
 */
public enum SessionPhase {
    UPCOMING,
    RUNNING,
    ENDED,
    CANCELLED;

    public String messageKey() {
        return "sessions.phase." + name();
    }

    /**
     * @param currentItem the agenda item under way, {@code null} before the facilitator starts, the agenda's size
     *     once the last item is over
     */
    static SessionPhase of(
            SessionState state, Instant startsAt, Instant endsAt, Integer currentItem, int agendaSize, Instant now) {
        if (state == SessionState.CANCELLED) {
            return CANCELLED;
        }
        if (!now.isBefore(endsAt) || (currentItem != null && agendaSize > 0 && currentItem >= agendaSize)) {
            return ENDED;
        }
        return currentItem != null || !now.isBefore(startsAt) ? RUNNING : UPCOMING;
    }

    /** Whether the session has begun (by the clock or by the facilitator): attendance and minutes are open. */
    public boolean begun() {
        return this == RUNNING || this == ENDED;
    }
}
