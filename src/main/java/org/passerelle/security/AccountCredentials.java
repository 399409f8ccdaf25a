package org.passerelle.security;

import java.util.Optional;

/**
 * Implemented by the accounts module: lets sign-in look accounts up without this module depending on
 * accounts (which depends on security for roles and the signed-in person).
 */
public interface AccountCredentials {

    /** The account with this e-mail address (compared case-insensitively), if any. */
    Optional<StoredCredentials> findForSignIn(String email);

    /** Whether the account must choose a new password before it may open anything else. */
    boolean mustChangePassword(long accountId);
}
