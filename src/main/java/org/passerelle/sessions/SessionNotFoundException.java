package org.passerelle.sessions;

import org.passerelle.base.UserFacingException;

/** The session does not exist or the person may not see its space (one answer for both). */
public class SessionNotFoundException extends UserFacingException {

    public SessionNotFoundException() {
        super("sessions.error.not-found");
    }
}
