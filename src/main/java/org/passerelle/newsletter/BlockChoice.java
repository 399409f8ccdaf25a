package org.passerelle.newsletter;

/** Something of the app staff may put in an issue, with the label the picker shows. */
public record BlockChoice(BlockKind kind, long refId, String label) {}
