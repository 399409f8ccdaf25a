package org.passerelle.spaces;

/** What a person may want to do with a space; see {@link AccessPolicy}. */
public enum SpaceAction {
    SEE,
    CONTRIBUTE,
    MODERATE,
    JOIN,
    MANAGE
}
