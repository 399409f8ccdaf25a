package org.passerelle.discussions;

import org.passerelle.base.SubjectRef;

/**
 * A thread as the reader sees it when opening it.
 *
 * @param messageCount every message of the thread, including removed and hidden ones (shown as such)
 * @param lastReadMessageId the last message the reader had seen before opening (0 when none)
 * @param firstUnreadIndex the position of the first unread message, or {@code messageCount} when none
 * @param unreadCount the messages by others after {@code lastReadMessageId}: one's own messages are never new
 * @param postRefusal why the reader may not post now (a message key), or {@code null} when they may
 * @param pinned the pinned message, or {@code null}
 */
public record ThreadInfo(
        long id,
        SubjectRef subject,
        long spaceId,
        boolean locked,
        long messageCount,
        long lastReadMessageId,
        long firstUnreadIndex,
        long unreadCount,
        boolean mayModerate,
        String postRefusal,
        ThreadMessage pinned) {

    public boolean mayPost() {
        return postRefusal == null;
    }
}
