package org.passerelle.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Runs work on behalf of an existing account outside any request (first-start demo data, notifications), so that the
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
        viewer(found.get()).run(work);
        return true;
    }

    /**
     * Runs the work once as each enabled account among these (in the order given; unknown and disabled accounts
     * are skipped), with one query for all of them: how a notification asks what each recipient may see.
     */
    public void asEach(Collection<Long> accountIds, Consumer<SignedInPerson> work) {
        Map<Long, StoredCredentials> enabled = new HashMap<>();
        accounts.findEnabled(accountIds).forEach(found -> enabled.put(found.accountId(), found));
        for (Long id : accountIds) {
            StoredCredentials credentials = enabled.get(id);
            if (credentials != null) {
                SignedInPerson person = credentials.toPerson();
                viewer(credentials).run(() -> work.accept(person));
            }
        }
    }

    /** The ids of the enabled accounts that hold the role (e.g. the staff, told of reports to moderate). */
    public List<Long> enabledWithRole(Role role) {
        return accounts.enabledWithRole(role);
    }

    private static Viewer viewer(StoredCredentials credentials) {
        SignedInPerson person = credentials.toPerson();
        var authorities = person.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new Viewer(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
    }
}
