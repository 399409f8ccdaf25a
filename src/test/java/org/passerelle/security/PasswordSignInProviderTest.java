package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The provider with the real BCrypt encoder, counted: no hashing at start-up (README, "Start-up"), and an unknown
 * name costs as many hash computations as a known one, from the very first attempt on.
 */
class PasswordSignInProviderTest {

    private final CountingEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4));
    private final String fatimaHash = new BCryptPasswordEncoder(4).encode("a long enough password");
    private final AccountCredentials accounts = new OneAccount(new StoredCredentials(
            7, "fatima@example.org", "Fatima", fatimaHash, true, Set.of(Role.ASSOCIATION_MEMBER), "fr"));
    private final LoginThrottle throttle =
            new LoginThrottle(new SecurityProperties(50, 50, Duration.ofMinutes(15), 1000), Clock.systemUTC());

    @Test
    void makingTheProviderHashesNothing() {
        new PasswordSignInProvider(accounts, encoder, throttle);

        assertThat(encoder.calls).isEmpty();
    }

    @Test
    void theFirstAttemptHashesAlikeForAKnownAndAnUnknownName() {
        var knownFirst = new PasswordSignInProvider(accounts, encoder, throttle);
        Authentication signedIn = knownFirst.authenticate(attempt("fatima@example.org", "a long enough password"));
        List<String> known = List.copyOf(encoder.calls);

        encoder.calls.clear();
        var unknownFirst = new PasswordSignInProvider(accounts, encoder, throttle);
        assertThatThrownBy(() -> unknownFirst.authenticate(attempt("nobody@example.org", "a long enough password")))
                .isInstanceOf(BadCredentialsException.class);
        List<String> unknown = List.copyOf(encoder.calls);

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(known).containsExactly("encode", "matches");
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void laterAttemptsCheckOneHashWhateverTheName() {
        var provider = new PasswordSignInProvider(accounts, encoder, throttle);
        assertThatThrownBy(() -> provider.authenticate(attempt("fatima@example.org", "not her password at all")))
                .isInstanceOf(BadCredentialsException.class);

        encoder.calls.clear();
        assertThatThrownBy(() -> provider.authenticate(attempt("nobody@example.org", "a long enough password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt("", ""))).isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(attempt("fatima@example.org", "a long enough password"))
                        .isAuthenticated())
                .isTrue();

        assertThat(encoder.calls).containsExactly("matches", "matches", "matches");
    }

    private static Authentication attempt(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }

    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        final List<String> calls = new ArrayList<>();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            calls.add("encode");
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            calls.add("matches");
            return delegate.matches(rawPassword, encodedPassword);
        }
    }

    private record OneAccount(StoredCredentials credentials) implements AccountCredentials {
        @Override
        public Optional<StoredCredentials> findForSignIn(String email) {
            return credentials.email().equalsIgnoreCase(email) ? Optional.of(credentials) : Optional.empty();
        }

        @Override
        public List<StoredCredentials> findEnabled(Collection<Long> accountIds) {
            return accountIds.contains(credentials.accountId()) ? List.of(credentials) : List.of();
        }

        @Override
        public List<Long> enabledWithRole(Role role) {
            return credentials.roles().contains(role) ? List.of(credentials.accountId()) : List.of();
        }

        @Override
        public boolean mustChangePassword(long accountId) {
            return false;
        }
    }
}
