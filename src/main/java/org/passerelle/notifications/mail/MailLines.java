package org.passerelle.notifications.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.NotificationLine;
import org.passerelle.notifications.NotificationReader;
import org.passerelle.notifications.domain.Notification;
import org.springframework.stereotype.Component;

/**
 * Describes notifications for a mail with the application's {@link NotificationReader}, as the person on the
 * current security context sees them (the composer runs as each recipient), and names the spaces a digest groups
 * them by. Subjects the person no longer sees come back
 * unavailable and are left out of the mail.
 */
@Component
class MailLines {

    private final NotificationReader reader;
    private final SubjectAccess access;

    MailLines(NotificationReader reader, SubjectAccess access) {
        this.reader = reader;
        this.access = access;
    }

    /** The lines of these notifications, in the same order (see {@link NotificationReader#describe}). */
    List<MailLine> describe(List<Notification> items, Locale locale) {
        List<NotificationLine> described = reader.describe(items, locale);
        List<MailLine> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Notification item = items.get(i);
            NotificationLine line = described.get(i);
            lines.add(new MailLine(
                    item.getId(),
                    item.getCategory(),
                    line.text(),
                    line.link(),
                    item.getSpaceId(),
                    item.subject(),
                    line.available() && line.link() != null));
        }
        return lines;
    }

    /** What these subjects (spaces, proposals…) are called for the current person; hidden ones are left out. */
    Map<SubjectRef, String> titles(Set<SubjectRef> subjects, Locale locale) {
        return access.titles(subjects, locale);
    }
}
