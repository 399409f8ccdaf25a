package org.passerelle.security;

import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Runs work on behalf of an existing account outside any request (first-start demo data), so that the
 * services' authorisation applies to it exactly as to a signed-in person. The previous context is restored.
 */
@Component
public class RunAs {

    private final AccountCredentials accounts;

    RunAs(AccountCredentials accounts) {
        this.accounts = accounts;
    }

    /** Runs as the enabled account with this e-mail; returns false (and runs nothing) when there is none. */
    public boolean run(String email, Runnable work) {
        Optional<StoredCredentials> found = accounts.findForSignIn(email).filter(StoredCredentials::enabled);
        if (found.isEmpty()) {
            return false;
        }
        SignedInPerson person = found.get().toPerson();
        var authorities = person.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        new Viewer(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities)).run(work);
        return true;
    }
}
