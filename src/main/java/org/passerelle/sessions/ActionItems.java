package org.passerelle.sessions;

import java.time.LocalDate;
import java.util.List;

/** The person's open action items (in the spaces they take part in): a count and the first few by due date. */
public record ActionItems(long count, List<Item> top) {

    public ActionItems {
        top = List.copyOf(top);
    }

    public record Item(long id, long sessionId, String sessionTitle, String title, LocalDate dueOn) {}
}
