package org.passerelle.notifications.mail;

import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.NotificationCategory;

/**
 * One notification as a mail shows it, already translated and as its recipient may see it.
 *
 * @param path the application path it opens ({@code /proposals/12}); made absolute from the base URL
 * @param spaceId the space it happened in, for the digest's grouping ({@code null}: none)
 * @param available false when its subject was deleted or the recipient may no longer see it: left out
 */
record MailLine(
        long notificationId,
        NotificationCategory category,
        String text,
        String path,
        Long spaceId,
        SubjectRef subject,
        boolean available) {}
