package org.passerelle.proposals;

/** A proposal's text was created or saved by its authors (its versions are the record; this tells listeners). */
public record ProposalEdited(long proposalId) {}
