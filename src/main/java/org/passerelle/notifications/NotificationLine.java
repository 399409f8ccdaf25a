package org.passerelle.notifications;

import java.time.Instant;

/**
 * One notification as its reader sees it: a sentence in their language and where it leads. When its subject
 * was deleted or is no longer the reader's to see, {@code available} is false, the sentence says so and names
 * nothing, and there is no link.
 */
public record NotificationLine(
        long id, Topic topic, String text, String link, Instant at, boolean read, boolean available) {}
