package org.passerelle.spaces;

/** What a person may want to do with a space; see {@link AccessPolicy}. */
public enum SpaceAction {
    SEE,
    CONTRIBUTE,
    MODERATE,
    JOIN,
    /**
     * Take part in what is meant for the space's participants: see its co-creation sessions (time, place,
     * online link, material).
     */
    TAKE_PART,
    MANAGE
}
