package org.passerelle.proposals;

/** How a call's list is ordered. */
public enum ProposalOrder {
    LATEST_CHANGE,
    TITLE_ASCENDING,
    TITLE_DESCENDING
}
