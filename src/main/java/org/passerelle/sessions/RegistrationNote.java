package org.passerelle.sessions;

/**
 * The one line a session page shows beside registration: why the reader cannot register and what to do, or
 * what registering will do (a full session puts the reader on the waiting list). Decided by {@link
 * RegistrationRules}; the page only shows it.
 */
public enum RegistrationNote {
    /** Every seat is taken: registering puts the reader on the waiting list. Argument: the seats taken. */
    FULL,
    /** Not a member of an open space: one click on the space's page makes them one. */
    MEMBERS_ONLY_JOIN,
    /** Not a member, and the space cannot be joined with a click: its facilitators add members. */
    MEMBERS_ONLY_ASK,
    ARCHIVED,
    STARTED,
    ENDED,
    CANCELLED;

    public String messageKey() {
        return "sessions.note." + name();
    }

    /** Whether the note comes with the register button (it explains it) rather than instead of it. */
    public boolean withButton() {
        return this == FULL;
    }
}
