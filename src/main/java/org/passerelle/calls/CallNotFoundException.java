package org.passerelle.calls;

import org.passerelle.base.UserFacingException;

/** The call does not exist or the person may not see it (one answer for both). */
public class CallNotFoundException extends UserFacingException {

    public CallNotFoundException() {
        super("calls.error.not-found");
    }
}
