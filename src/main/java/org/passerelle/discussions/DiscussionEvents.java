package org.passerelle.discussions;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;
import org.passerelle.base.SubjectRef;

/**
 * Events of the discussions module. Conversation events (posted, edited, removed, reacted) are relayed
 * to open threads; moderation events are relayed and audited in the thread's space.
 */
public final class DiscussionEvents {

    private DiscussionEvents() {}

    public record MessagePosted(long threadId, Long messageId, long authorId, long spaceId) implements ThreadEvent {}

    public record MessageEdited(long threadId, Long messageId, long authorId) implements ThreadEvent {}

    public record MessageRemoved(long threadId, Long messageId, long authorId) implements ThreadEvent {}

    public record ReactionToggled(long threadId, Long messageId, long accountId, String emoji, boolean added)
            implements ThreadEvent {}

    /**
     * A member of the space was named in a message (for notifications). Never raised for people outside
     * the space, nor for the author naming themself.
     */
    public record MemberMentioned(
            long mentionedId, long authorId, long threadId, long messageId, long spaceId, SubjectRef subject) {}

    /** A message answered someone else's message (for notifications). */
    public record ReplyPosted(
            long threadId, long messageId, long authorId, long repliedToAuthorId, long spaceId, SubjectRef subject) {}

    /** A moderation event: audited as {@code discussion.<what>} on the message (or thread) concerned. */
    public interface ModerationEvent extends AuditableEvent, ThreadEvent {

        @Override
        default String objectType() {
            return messageId() == null ? "discussion-thread" : "discussion-message";
        }

        @Override
        default Long objectId() {
            return messageId() == null ? threadId() : messageId();
        }
    }

    public record MessageReported(Long actorId, long threadId, Long messageId, Long spaceId, String details)
            implements ModerationEvent {
        @Override
        public String action() {
            return "discussion.reported";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }
    }

    /** Enough open reports: the message is hidden until a moderator reviews it (the system acts). */
    public record MessageHeldForReview(long threadId, Long messageId, Long spaceId, long openReports)
            implements ModerationEvent {
        @Override
        public Long actorId() {
            return null;
        }

        @Override
        public String action() {
            return "discussion.held-for-review";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.number(openReports));
        }

        @Override
        public String details() {
            return openReports + " reports";
        }
    }

    public record MessageHidden(Long actorId, long threadId, Long messageId, Long spaceId, String details)
            implements ModerationEvent {
        @Override
        public String action() {
            return "discussion.hidden";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }
    }

    public record MessageRestored(Long actorId, long threadId, Long messageId, Long spaceId)
            implements ModerationEvent {
        @Override
        public String action() {
            return "discussion.restored";
        }
    }

    public record ReportsDismissed(Long actorId, long threadId, Long messageId, Long spaceId, int count)
            implements ModerationEvent {
        @Override
        public String action() {
            return "discussion.reports-dismissed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.number(count));
        }

        @Override
        public String details() {
            return count + " reports";
        }
    }

    public record ThreadLockChanged(Long actorId, long threadId, Long spaceId, boolean locked)
            implements ModerationEvent {
        @Override
        public String action() {
            return locked ? "discussion.locked" : "discussion.unlocked";
        }
    }

    /** A message pinned to the top of its thread, or unpinned ({@code messageId} is then the old one). */
    public record PinChanged(Long actorId, long threadId, Long messageId, Long spaceId, boolean pinned)
            implements ModerationEvent {
        @Override
        public String action() {
            return pinned ? "discussion.pinned" : "discussion.unpinned";
        }
    }

    public record MemberSuspended(Long actorId, Long spaceId, long accountId, Instant until, String reason)
            implements AuditableEvent {
        @Override
        public String action() {
            return "discussion.suspended";
        }

        @Override
        public String objectType() {
            return "account";
        }

        @Override
        public Long objectId() {
            return accountId;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(accountId), AuditFact.instant(until), AuditFact.text(reason));
        }

        @Override
        public String details() {
            return "until " + until + ": " + reason;
        }
    }
}
