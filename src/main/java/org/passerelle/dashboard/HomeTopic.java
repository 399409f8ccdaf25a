package org.passerelle.dashboard;

/** What kind of change refreshes a block of the home page (a channel key of {@link HomeUpdates}). */
public enum HomeTopic {
    PROPOSALS,
    BALLOTS,
    SESSIONS,
    MODERATION,
    DOCUMENTS,
    CALLS
}
