package org.passerelle.sessions;

import java.time.Instant;
import java.util.List;

/** Sessions to come, as the home page shows them: a count and the first few, soonest first. */
public record SessionItems(long count, List<Item> top) {

    public SessionItems {
        top = List.copyOf(top);
    }

    /**
     * One session.
     *
     * @param myStatus the reader's registration, or {@code null}
     */
    public record Item(
            long id,
            long spaceId,
            String title,
            Instant startsAt,
            int capacity,
            long registered,
            RegistrationStatus myStatus) {}
}
