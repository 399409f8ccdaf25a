package org.passerelle.voting;

import org.passerelle.base.UserFacingException;

/** The ballot does not exist or the person may not see its proposal: the same answer in both cases. */
public class BallotNotFoundException extends UserFacingException {

    public BallotNotFoundException() {
        super("voting.error.not-found");
    }
}
