package org.passerelle.sessions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What staff enter for a session: title and description in English and French (either title may be empty,
 * not both). Start and end are wall-clock times in Brussels; they are stored as instants.
 */
public record SessionForm(
        String title,
        String titleFr,
        String description,
        String descriptionFr,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String onlineLink,
        int capacity,
        List<AgendaItem> agenda) {

    /** A form written in English only. */
    public SessionForm(
            String title,
            String description,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String onlineLink,
            int capacity,
            List<AgendaItem> agenda) {
        this(title, null, description, null, startsAt, endsAt, place, onlineLink, capacity, agenda);
    }

    /** The title for places that show one language only (audit, notifications): English, else French. */
    public String anyTitle() {
        return title != null && !title.isBlank() ? title : titleFr;
    }
}
