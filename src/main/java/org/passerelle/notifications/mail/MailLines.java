package org.passerelle.notifications.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.domain.Notification;
import org.springframework.stereotype.Component;

/**
 * Describes notifications for a mail as the person on the current security context sees them (the composer runs
 * as each recipient), and names the spaces a digest groups them by. Subjects the person no longer sees come back
 * unavailable and are left out of the mail.
 */
@Component
class MailLines {

    private final SubjectAccess access;
    private final org.passerelle.base.Translations translations;

    MailLines(SubjectAccess access, org.passerelle.base.Translations translations) {
        this.access = access;
        this.translations = translations;
    }

    List<MailLine> describe(List<Notification> items, Locale locale) {
        Set<SubjectRef> subjects = new HashSet<>();
        items.forEach(item -> subjects.add(item.subject()));
        Map<SubjectRef, String> titles = access.titles(subjects, locale);
        List<MailLine> lines = new ArrayList<>();
        for (Notification item : items) {
            String title = titles.get(item.subject());
            String text =
                    translations.getTranslation(item.getTopic().messageKey(), locale, title == null ? "" : title, "");
            lines.add(new MailLine(
                    item.getId(),
                    item.getCategory(),
                    text,
                    path(item.subject()),
                    item.getSpaceId(),
                    item.subject(),
                    title != null));
        }
        return lines;
    }

    /** The names of these spaces as the current person sees them (hidden ones are left out). */
    Map<Long, String> spaceNames(Set<Long> spaceIds, Locale locale) {
        Map<Long, String> names = new java.util.HashMap<>();
        access.titles(
                        spaceIds.stream()
                                .map(id -> new SubjectRef(SubjectKind.SPACE, id))
                                .toList(),
                        locale)
                .forEach((subject, title) -> names.put(subject.id(), title));
        return names;
    }

    private static String path(SubjectRef subject) {
        return switch (subject.kind()) {
            case SPACE -> "/spaces/" + subject.id();
            case ASSOCIATION -> "/associations/" + subject.id();
            case CALL -> "/calls/" + subject.id();
            case PROPOSAL -> "/proposals/" + subject.id();
            case BALLOT -> "/voting/ballots/" + subject.id();
            case SESSION -> "/sessions/" + subject.id();
            case DOCUMENT -> "/documents/" + subject.id();
            case THREAD -> "/notifications";
        };
    }
}
