package org.passerelle.base;

/**
 * The kinds of object that people open, contribute to and are told about. Each kind is owned by one module,
 * which answers {@link SubjectAccess} for it through a {@link SubjectAccessProvider}. The names are stored
 * (documents' owners, threads' subjects): never rename one.
 */
public enum SubjectKind {
    SPACE,
    ASSOCIATION,
    CALL,
    PROPOSAL,
    BALLOT,
    SESSION,
    DOCUMENT,
    THREAD,
    /** A progress report of a proposal under way: it holds files (photos, receipts, reports). */
    PROGRESS_REPORT
}
