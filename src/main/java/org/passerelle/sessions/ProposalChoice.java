package org.passerelle.sessions;

/** A proposal of the space that an agenda item may point to. */
public record ProposalChoice(long id, String title) {}
