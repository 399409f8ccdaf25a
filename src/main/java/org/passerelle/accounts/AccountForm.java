package org.passerelle.accounts;

import java.util.Set;
import org.passerelle.security.Role;

/** What an administrator enters to create or edit an account. */
public record AccountForm(String email, String displayName, Set<Role> roles, String language, boolean enabled) {}
