package org.passerelle.proposals;

import org.passerelle.base.Sector;

/** Filters of a call's list of proposals; a null part means any. */
public record ProposalFilter(ProposalState state, Sector sector, String country) {

    public static final ProposalFilter ANY = new ProposalFilter(null, null, null);
}
