package org.passerelle.notifications.mail;

import java.time.Instant;

/**
 * A mail as the queue keeps it.
 *
 * @param listUnsubscribe the {@code List-Unsubscribe} header's value ({@code <https://…>}), or {@code null}
 * @param fileName the {@code .eml} file it was written to when no SMTP host is configured
 */
public record QueuedMail(
        long id,
        long recipientId,
        String to,
        MailKind kind,
        String subject,
        String textBody,
        String htmlBody,
        String listUnsubscribe,
        MailState state,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        String fileName,
        String lastError) {}
