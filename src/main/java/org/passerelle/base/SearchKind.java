package org.passerelle.base;

/**
 * The kinds of thing a person can find with the search. Each is produced by one module's {@link SearchSource}. The
 * names are stored in the search index and its queue: never rename one.
 */
public enum SearchKind {
    PROPOSAL,
    CALL,
    SPACE,
    ASSOCIATION,
    PROFILE,
    MESSAGE,
    SESSION,
    ACTION_ITEM,
    DOCUMENT
}
