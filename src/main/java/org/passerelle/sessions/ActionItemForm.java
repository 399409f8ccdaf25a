package org.passerelle.sessions;

import java.time.LocalDate;

/** A follow-up action decided in a session: what, who (a member of the space), by when. */
public record ActionItemForm(String title, Long ownerId, LocalDate dueOn) {}
