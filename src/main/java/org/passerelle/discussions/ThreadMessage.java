package org.passerelle.discussions;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A message as a reader sees it. The text is empty unless the message is visible (a removed, hidden or
 * reviewed message reveals nothing of its text to readers, moderators included: they read it in the
 * moderation queue).
 *
 * @param text the Markdown text, already made inert (see {@link MessageText#inert})
 * @param replyTo the quoted message this one answers, or {@code null}
 * @param reactions count per emoji, in {@link Reactions#ALL} order
 * @param myReactions the emojis the reader chose
 * @param mine whether the reader wrote it
 */
public record ThreadMessage(
        long id,
        long threadId,
        long authorId,
        String authorName,
        String text,
        MessageState state,
        String hiddenReason,
        Instant postedAt,
        Instant editedAt,
        Quote replyTo,
        Map<String, Long> reactions,
        Set<String> myReactions,
        boolean mine,
        boolean unread) {

    public boolean edited() {
        return editedAt != null;
    }

    /** A replied message as quoted under the reply: who wrote it and its beginning (empty when not visible). */
    public record Quote(long id, String authorName, String excerpt, MessageState state) {}
}
