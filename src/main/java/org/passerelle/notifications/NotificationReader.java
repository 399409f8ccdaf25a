package org.passerelle.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.Formats;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.Translations;
import org.passerelle.notifications.domain.Notification;
import org.passerelle.proposals.ProposalState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns notifications into sentences and links as the signed-in person sees them now: the subject's title
 * comes from the access contract ({@link SubjectAccess#titles}), so a subject that was deleted or became
 * invisible is named nowhere. Used by the notification centre, the bell and the e-mails (run as the recipient).
 */
@Component
public class NotificationReader {

    private final SubjectAccess subjects;
    private final AccountService accounts;
    private final Translations translations;

    NotificationReader(SubjectAccess subjects, AccountService accounts, Translations translations) {
        this.subjects = subjects;
        this.accounts = accounts;
        this.translations = translations;
    }

    /** The lines of these notifications, in the same order, in the reader's language. */
    @Transactional(readOnly = true)
    public List<NotificationLine> describe(List<Notification> items, Locale locale) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<SubjectRef, String> titles = subjects.titles(
                items.stream().map(Notification::subject).distinct().toList(), locale);
        Map<Long, PersonRef> actors = accounts.people(items.stream()
                .map(Notification::getActorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<NotificationLine> lines = new ArrayList<>(items.size());
        for (Notification n : items) {
            String title = titles.get(n.subject());
            boolean invitation = Audiences.gate(n.getTopic()) == null;
            boolean available = title != null || invitation;
            PersonRef actor = n.getActorId() == null ? null : actors.get(n.getActorId());
            String actorName =
                    actor == null ? translations.getTranslation("notifications.someone", locale) : actor.displayName();
            String text = available
                    ? translations.getTranslation(
                            n.getTopic().messageKey(), locale, title == null ? "" : title, actorName, detail(n, locale))
                    : translations.getTranslation(
                            "notifications.unavailable",
                            locale,
                            translations.getTranslation(n.getCategory().messageKey(), locale));
            lines.add(new NotificationLine(
                    n.getId(),
                    n.getTopic(),
                    text,
                    available ? link(n) : null,
                    n.getCreatedAt(),
                    n.getReadAt() != null,
                    available));
        }
        return lines;
    }

    private String detail(Notification n, Locale locale) {
        String detail = n.getDetail();
        if (detail == null) {
            return "";
        }
        return switch (n.getTopic()) {
            case PROPOSAL_MOVED, PROPOSAL_DECIDED, REVISION_REQUESTED ->
                translations.getTranslation(ProposalState.valueOf(detail).messageKey(), locale);
            case ACTION_DUE -> Formats.longDate(LocalDate.parse(detail), locale);
            case DOCUMENT_UNREADABLE -> translations.getTranslation(detail, locale);
            case BALLOT_OPENED, BALLOT_CLOSING, BALLOT_CLOSED -> ""; // the proposal's id, for the link
            default -> detail;
        };
    }

    /** Where the notification leads: the subject's page, or the list where the person acts on it. */
    static String link(Notification n) {
        long id = n.subject().id();
        return switch (n.subject().kind()) {
            case PROPOSAL -> "/proposals/" + id;
            case BALLOT -> n.getDetail() == null ? "/voting/ballots/" + id : "/proposals/" + n.getDetail();
            case SESSION -> "/sessions/" + id;
            case SPACE -> n.getTopic() == Topic.SPACE_INVITATION ? "/my-spaces" : "/spaces/" + id;
            case ASSOCIATION -> "/my-associations";
            case THREAD -> "/moderation";
            case DOCUMENT -> "/documents/" + id;
            case CALL -> "/calls/" + id;
            case PROGRESS_REPORT -> "/my-proposals"; // no topic is about a report itself
        };
    }
}
