package org.passerelle.newsletter;

/**
 * A block of an issue as the editor lists it.
 *
 * @param label what it shows (the title of the call, project or session; the start of a free text)
 * @param textEn the free text in English ({@code null} for the other kinds)
 * @param textFr the free text in French ({@code null} for the other kinds)
 */
public record BlockInfo(long id, BlockKind kind, Long refId, String label, String textEn, String textFr) {}
