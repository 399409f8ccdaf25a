package org.passerelle.proposals;

import org.passerelle.base.UserFacingException;

/** The proposal does not exist or the person may not see it (one answer for both). */
public class ProposalNotFoundException extends UserFacingException {

    public ProposalNotFoundException() {
        super("proposals.error.not-found");
    }
}
