package org.passerelle.sessions;

import java.time.LocalDate;

/**
 * An action item as a reader sees it.
 *
 * @param mayChange whether the reader may mark it open or done (its owner and the session's facilitators)
 */
public record ActionItemView(
        long id,
        long sessionId,
        String sessionTitle,
        String title,
        long ownerId,
        String ownerName,
        LocalDate dueOn,
        ActionStatus status,
        boolean mayChange) {}
