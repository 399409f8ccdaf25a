package org.passerelle.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in on the current request or UI, read from Spring Security's context. */
@Component
public class CurrentUser {

    public Optional<SignedInPerson> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInPerson person) {
            return Optional.of(person);
        }
        return Optional.empty();
    }

    /** The signed-in person, or an access-denied error for anonymous callers. */
    public SignedInPerson require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean hasRole(Role role) {
        return get().map(person -> person.hasRole(role)).orElse(false);
    }
}
