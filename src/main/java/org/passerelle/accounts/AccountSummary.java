package org.passerelle.accounts;

import java.util.Set;
import org.passerelle.security.Role;

/**
 * An account as views and other modules see it (never the password hash); whether its holder asked to be erased,
 * and whether it was (then its name is "Former member" in the reader's language).
 */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        Set<Role> roles,
        String language,
        boolean enabled,
        boolean mustChangePassword,
        long version,
        boolean erasureRequested,
        boolean erased) {}
