package org.passerelle.security;

import java.util.Set;

/** What sign-in needs to know of an account, as the accounts module hands it over. */
public record StoredCredentials(
        long accountId,
        String email,
        String displayName,
        String passwordHash,
        boolean enabled,
        Set<Role> roles,
        String language) {

    SignedInPerson toPerson() {
        return new SignedInPerson(accountId, email, displayName, roles, language);
    }
}
