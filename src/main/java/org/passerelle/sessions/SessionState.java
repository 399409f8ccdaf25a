package org.passerelle.sessions;

/** Whether a session still takes place. */
public enum SessionState {
    SCHEDULED,
    CANCELLED;

    public String messageKey() {
        return "sessions.state." + name();
    }
}
