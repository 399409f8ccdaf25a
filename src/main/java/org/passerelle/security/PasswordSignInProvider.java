package org.passerelle.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and password. The order matters: the throttle first (so a correct password does not
 * get through a throttled name), then the password (also against a dummy hash for unknown names, so the
 * time taken does not reveal which accounts exist), and only then whether the account is disabled.
 *
 * <p>The dummy hash is made at the first sign-in attempt, whatever its name, not at start-up: hashing is slow
 * on purpose (about a third of a second before the JIT has compiled BCrypt), and the start should not wait for
 * it (README, "Start-up"). Made before the lookup, it costs every name alike.
 */
@Component
class PasswordSignInProvider implements AuthenticationProvider {

    private final AccountCredentials accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private volatile String dummyHash;

    PasswordSignInProvider(AccountCredentials accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            // two first attempts at once may both hash: harmless, either result does
            hash = passwordEncoder.encode("passerelle-dummy-password-for-timing");
            dummyHash = hash;
        }
        return hash;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email =
                authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address = clientAddress(authentication);
        if (throttle.isThrottled(email, address)) {
            throw new SignInThrottledException();
        }
        String dummy = dummyHash();
        Optional<StoredCredentials> found = email.isEmpty() ? Optional.empty() : accounts.findForSignIn(email);
        boolean matches = passwordEncoder.matches(
                password, found.map(StoredCredentials::passwordHash).orElse(dummy));
        if (found.isEmpty() || !matches) {
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("Bad credentials");
        }
        StoredCredentials credentials = found.get();
        if (!credentials.enabled()) {
            throw new DisabledException("Account disabled");
        }
        throttle.recordSuccess(email);
        var authorities = credentials.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(credentials.toPerson(), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
