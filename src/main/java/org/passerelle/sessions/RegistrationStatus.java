package org.passerelle.sessions;

/** A registrant has a seat, or waits for one (promoted in order of registration when a seat frees). */
public enum RegistrationStatus {
    REGISTERED,
    WAITING;

    public String messageKey() {
        return "sessions.registration." + name();
    }
}
