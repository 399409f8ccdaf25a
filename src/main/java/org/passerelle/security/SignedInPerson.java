package org.passerelle.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The principal of an authenticated session: a snapshot of the account taken at sign-in. Roles that are
 * removed later end the person's sessions (see {@link ActiveSessions}), so the snapshot never grants more
 * than the account has.
 */
public record SignedInPerson(long accountId, String email, String displayName, Set<Role> roles, String language)
        implements Principal, Serializable {

    public SignedInPerson {
        roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    @Override
    public String getName() {
        return email;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
