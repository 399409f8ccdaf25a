package org.passerelle.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of repeated failures for the account name or the client address. */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
