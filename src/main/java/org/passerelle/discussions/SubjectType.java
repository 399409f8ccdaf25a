package org.passerelle.discussions;

/** What a thread can be about. */
public enum SubjectType {
    SPACE,
    PROPOSAL,
    SESSION
}
