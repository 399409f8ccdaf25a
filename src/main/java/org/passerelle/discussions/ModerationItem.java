package org.passerelle.discussions;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.SubjectRef;

/** A reported message in the moderation queue, with its open reports; moderators see its text here. */
public record ModerationItem(
        long messageId,
        long threadId,
        long spaceId,
        SubjectRef subject,
        long authorId,
        String authorName,
        String text,
        MessageState state,
        Instant postedAt,
        List<OpenReport> reports) {

    public record OpenReport(long reportId, String reporterName, String reason, Instant reportedAt) {}
}
