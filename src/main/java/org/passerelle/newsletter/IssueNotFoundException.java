package org.passerelle.newsletter;

import org.passerelle.base.UserFacingException;

/** The issue (or block) does not exist. */
public class IssueNotFoundException extends UserFacingException {

    public IssueNotFoundException() {
        super("newsletter.error.not-found");
    }
}
