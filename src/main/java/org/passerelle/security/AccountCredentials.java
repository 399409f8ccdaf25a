package org.passerelle.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by the accounts module: lets sign-in look accounts up without this module depending on
 * accounts (which depends on security for roles and the signed-in person).
 */
public interface AccountCredentials {

    /** The account with this e-mail address (compared case-insensitively), if any. */
    Optional<StoredCredentials> findForSignIn(String email);

    /** The enabled accounts among these ids (unknown and disabled ones left out). */
    List<StoredCredentials> findEnabled(Collection<Long> accountIds);

    /** The ids of the enabled accounts that hold the role. */
    List<Long> enabledWithRole(Role role);

    /** Whether the account must choose a new password before it may open anything else. */
    boolean mustChangePassword(long accountId);
}
