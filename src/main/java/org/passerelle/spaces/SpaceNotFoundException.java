package org.passerelle.spaces;

import org.passerelle.base.UserFacingException;

/**
 * The space does not exist or the person may not see it: the same answer in both cases, so that the
 * existence of a private space never leaks. Views show the not-found page.
 */
public class SpaceNotFoundException extends UserFacingException {

    public SpaceNotFoundException() {
        super("spaces.error.not-found");
    }
}
