package org.passerelle.newsletter;

import java.time.Instant;

/** An issue in a list. {@code recipients} is the number of people it was sent to (0 before). */
public record IssueSummary(
        long id,
        String subjectEn,
        String subjectFr,
        IssueState state,
        Instant updatedAt,
        Instant sentAt,
        int recipients,
        long version) {

    public String subject(java.util.Locale reader) {
        return org.passerelle.base.Bilingual.pick(subjectEn, subjectFr, reader).text();
    }
}
