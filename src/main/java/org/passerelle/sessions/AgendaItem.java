package org.passerelle.sessions;

/**
 * One item of a session's agenda as entered: a title, a duration, and optionally a proposal of the space.
 *
 * @param proposalId a proposal of the session's space the scheduler may see, or {@code null}
 */
public record AgendaItem(String title, int durationMinutes, Long proposalId) {}
