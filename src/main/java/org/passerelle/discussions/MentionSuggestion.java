package org.passerelle.discussions;

/** A member of the thread's space who may be mentioned. */
public record MentionSuggestion(long accountId, String displayName) {}
