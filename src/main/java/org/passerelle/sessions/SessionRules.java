package org.passerelle.sessions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.passerelle.base.InvalidInputException;

/**
 * Field rules of a session, checked on the server; limits match the schema and are shown in the form.
 * Texts are kept as written: script or HTML in them is shown as text (titles) or escaped by the Markdown
 * rendering (descriptions, minutes), never run.
 */
final class SessionRules {

    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MAX = 8000;
    static final int PLACE_MAX = 300;
    static final int LINK_MAX = 500;
    static final int CAPACITY_MAX = 1000;
    static final int AGENDA_MAX = 40;
    static final int ITEM_TITLE_MAX = 200;
    static final int ITEM_MINUTES_MAX = 720;
    static final Duration LONGEST = Duration.ofHours(12);
    static final int MINUTES_MAX = 20000;
    static final int ACTION_TITLE_MAX = 300;
    static final int REASON_MAX = 500;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private SessionRules() {}

    /** A checked form, with texts trimmed; its times as instants. */
    record Clean(SessionForm form, Instant startsAt, Instant endsAt) {}

    static Clean clean(SessionForm form) {
        String title = title("title", form.title());
        String titleFr = title("titleFr", form.titleFr());
        if (title == null && titleFr == null) {
            throw new InvalidInputException("title", "sessions.error.title-required");
        }
        if (form.startsAt() == null) {
            throw new InvalidInputException("startsAt", "sessions.error.times-required");
        }
        if (form.endsAt() == null) {
            throw new InvalidInputException("endsAt", "sessions.error.times-required");
        }
        Instant start = SessionTimes.instant(form.startsAt());
        Instant end = SessionTimes.instant(form.endsAt());
        if (!end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "sessions.error.end-before-start");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("endsAt", "sessions.error.too-long-session", LONGEST.toHours());
        }
        String place = text("place", form.place(), PLACE_MAX);
        String link = link(form.onlineLink());
        if (place == null && link == null) {
            throw new InvalidInputException("place", "sessions.error.where-required");
        }
        if (form.capacity() < 1 || form.capacity() > CAPACITY_MAX) {
            throw new InvalidInputException("capacity", "sessions.error.capacity-range", 1, CAPACITY_MAX);
        }
        List<AgendaItem> agenda = agenda(form.agenda(), Duration.between(start, end));
        return new Clean(
                new SessionForm(
                        title,
                        titleFr,
                        text("description", form.description(), DESCRIPTION_MAX),
                        text("descriptionFr", form.descriptionFr(), DESCRIPTION_MAX),
                        form.startsAt(),
                        form.endsAt(),
                        place,
                        link,
                        form.capacity(),
                        agenda),
                start,
                end);
    }

    private static String title(String field, String raw) {
        String title = text(field, raw, TITLE_MAX);
        if (title != null && (title.contains("\n") || title.contains("\r"))) {
            throw new InvalidInputException(field, "sessions.error.control-characters");
        }
        return title;
    }

    private static List<AgendaItem> agenda(List<AgendaItem> raw, Duration length) {
        List<AgendaItem> given = raw == null ? List.of() : raw;
        if (given.size() > AGENDA_MAX) {
            throw new InvalidInputException("agenda", "sessions.error.agenda-too-many", AGENDA_MAX);
        }
        List<AgendaItem> clean = new ArrayList<>();
        long total = 0;
        for (AgendaItem item : given) {
            String title = text("agenda", item.title(), ITEM_TITLE_MAX);
            if (title == null) {
                throw new InvalidInputException("agenda", "sessions.error.item-title-required");
            }
            if (item.durationMinutes() < 1 || item.durationMinutes() > ITEM_MINUTES_MAX) {
                throw new InvalidInputException("agenda", "sessions.error.item-duration-range", 1, ITEM_MINUTES_MAX);
            }
            total += item.durationMinutes();
            clean.add(new AgendaItem(title, item.durationMinutes(), item.proposalId()));
        }
        if (total > length.toMinutes()) {
            throw new InvalidInputException("agenda", "sessions.error.agenda-too-long", total, length.toMinutes());
        }
        return List.copyOf(clean);
    }

    /** An http or https address with a host; anything else (javascript:, data:, file:, relative) is refused. */
    static String link(String raw) {
        String value = text("onlineLink", raw, LINK_MAX);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw new InvalidInputException("onlineLink", "sessions.error.link-invalid");
            }
            if (uri.getUserInfo() != null) {
                throw new InvalidInputException("onlineLink", "sessions.error.link-invalid");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("onlineLink", "sessions.error.link-invalid");
        }
        return value;
    }

    static String minutes(String raw) {
        return text("minutes", raw, MINUTES_MAX);
    }

    static String reason(String raw) {
        return text("reason", raw, REASON_MAX);
    }

    static String actionTitle(String raw) {
        String title = text("title", raw, ACTION_TITLE_MAX);
        if (title == null) {
            throw new InvalidInputException("title", "sessions.error.action-title-required");
        }
        return title;
    }

    static String text(String field, String raw, int max) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "sessions.error.too-long", max);
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidInputException(field, "sessions.error.control-characters");
        }
        return value;
    }
}
