package org.passerelle.proposals;

import org.passerelle.base.Sector;

/**
 * Filters of the public outcomes page; {@code null} for any.
 *
 * @param country ISO 3166 code
 * @param state one of the {@link ProposalLifecycle#publishable publishable} states
 */
public record PublicOutcomeFilter(String country, Sector sector, ProposalState state) {

    public static final PublicOutcomeFilter ANY = new PublicOutcomeFilter(null, null, null);
}
