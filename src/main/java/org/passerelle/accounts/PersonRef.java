package org.passerelle.accounts;

import java.util.Set;
import org.passerelle.security.Role;

/** A person as other modules refer to them: who they are and which workspace roles they hold. */
public record PersonRef(long id, String displayName, String email, Set<Role> roles, boolean enabled) {}
