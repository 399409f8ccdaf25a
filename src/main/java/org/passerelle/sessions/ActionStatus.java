package org.passerelle.sessions;

/** The status of an action item decided in a session. */
public enum ActionStatus {
    OPEN,
    DONE;

    public String messageKey() {
        return "sessions.action-status." + name();
    }
}
