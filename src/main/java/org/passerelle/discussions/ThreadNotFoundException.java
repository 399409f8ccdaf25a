package org.passerelle.discussions;

import org.passerelle.base.UserFacingException;

/** A thread, message or subject that does not exist or that the person may not see (the same answer). */
public class ThreadNotFoundException extends UserFacingException {

    public ThreadNotFoundException() {
        super("discussions.error.not-found");
    }
}
