package org.passerelle.newsletter;

/** What a block of an issue shows: a call, a project (an accepted proposal), a session, or free text. */
public enum BlockKind {
    CALL,
    PROJECT,
    SESSION,
    TEXT;

    public String messageKey() {
        return "newsletter.block." + name();
    }
}
