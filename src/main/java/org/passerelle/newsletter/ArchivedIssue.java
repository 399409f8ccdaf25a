package org.passerelle.newsletter;

import java.time.Instant;

/** A sent issue in one language, as anyone may read it: the content as it was mailed (no one's own links). */
public record ArchivedIssue(long id, String language, String subject, String html, String text, Instant sentAt) {}
