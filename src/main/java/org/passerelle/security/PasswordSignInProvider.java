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
 */
@Component
class PasswordSignInProvider implements AuthenticationProvider {

    private final AccountCredentials accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final String dummyHash;

    PasswordSignInProvider(AccountCredentials accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.dummyHash = passwordEncoder.encode("passerelle-dummy-password-for-timing");
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
        Optional<StoredCredentials> found = email.isEmpty() ? Optional.empty() : accounts.findForSignIn(email);
        boolean matches = passwordEncoder.matches(
                password, found.map(StoredCredentials::passwordHash).orElse(dummyHash));
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
