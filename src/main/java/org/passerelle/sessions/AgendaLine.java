package org.passerelle.sessions;

/**
 * One agenda item as a reader sees it: the linked proposal only when the reader may see it.
 *
 * @param proposalId the linked proposal, or {@code null} when there is none or the reader may not see it
 * @param proposalTitle its title (for the reader), or {@code null}
 */
public record AgendaLine(String title, int durationMinutes, Long proposalId, String proposalTitle) {}
