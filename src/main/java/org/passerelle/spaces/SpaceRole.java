package org.passerelle.spaces;

/** A member's role in one space. */
public enum SpaceRole {
    /** Staff who moderate and run the space. Only accounts with the STAFF role may hold it. */
    FACILITATOR,
    BOARD_MEMBER,
    PARTICIPANT,
    /** Reads, never contributes. */
    OBSERVER;

    public boolean contributes() {
        return this != OBSERVER;
    }

    public String messageKey() {
        return "spaces.role." + name();
    }
}
