package org.passerelle.sessions;

/** Where a scheduled session is in time. */
public enum SessionPhase {
    UPCOMING,
    RUNNING,
    ENDED,
    CANCELLED;

    public String messageKey() {
        return "sessions.phase." + name();
    }
}
