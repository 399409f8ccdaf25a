package org.passerelle.sessions;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What staff enter for a session. Start and end are wall-clock times in Brussels; they are stored as
 * instants.
 */
public record SessionForm(
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String onlineLink,
        int capacity,
        List<AgendaItem> agenda) {}
