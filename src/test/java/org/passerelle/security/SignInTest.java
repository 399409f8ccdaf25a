package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the real authentication manager and database. */
@H2Test
class SignInTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @BeforeEach
    void reset() {
        new TestAccounts(applicationContext).reset();
        throttle.reset();
    }

    private Authentication signIn(String email, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest http = new MockHttpServletRequest();
        http.setRemoteAddr(address);
        request.setDetails(new WebAuthenticationDetails(http));
        return authenticationManager.authenticate(request);
    }

    @Test
    void goodCredentialsGiveThePersonAndRoles() {
        Authentication result = signIn(" Both@Test.example ", TestAccounts.PASSWORD, "192.0.2.1");
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInPerson.class, person -> {
            assertThat(person.email()).isEqualTo("both@test.example");
            assertThat(person.roles()).containsExactlyInAnyOrder(Role.BOARD_MEMBER, Role.ASSOCIATION_MEMBER);
        });
        assertThat(result.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_BOARD_MEMBER", "ROLE_ASSOCIATION_MEMBER");
        assertThat(result.getCredentials()).isNull();
    }

    @Test
    void wrongPasswordUnknownAccountAndEmptyFieldsFailTheSameWay() {
        assertThatThrownBy(() -> signIn(TestAccounts.BOARD.email(), "wrong-password-here", "192.0.2.1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody@test.example", TestAccounts.PASSWORD, "192.0.2.1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("", "", "192.0.2.1")).isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("x".repeat(10_000), "y".repeat(10_000), "192.0.2.1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() {
        assertThatThrownBy(() -> signIn(TestAccounts.DISABLED.email(), "wrong-password-here", "192.0.2.1"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(TestAccounts.DISABLED.email(), TestAccounts.PASSWORD, "192.0.2.1"))
                .isExactlyInstanceOf(DisabledException.class);
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(TestAccounts.BOARD.email(), "wrong-password-here", "192.0.2.1"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(TestAccounts.BOARD.email(), TestAccounts.PASSWORD, "192.0.2.99"))
                .isExactlyInstanceOf(SignInThrottledException.class);
        // other accounts are not affected
        assertThat(signIn(TestAccounts.STAFF.email(), TestAccounts.PASSWORD, "192.0.2.99")
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void anUnknownAccountIsThrottledExactlyLikeAnExistingOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("nobody@test.example", "wrong-password-here", "192.0.2.1"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("nobody@test.example", "wrong-password-here", "192.0.2.1"))
                .isExactlyInstanceOf(SignInThrottledException.class);
    }

    @Test
    void anAddressTryingManyAccountsIsThrottled() {
        for (int i = 0; i < 20; i++) {
            String email = "guess" + i + "@test.example";
            assertThatThrownBy(() -> signIn(email, "wrong-password-here", "198.51.100.7"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(TestAccounts.BOARD.email(), TestAccounts.PASSWORD, "198.51.100.7"))
                .isExactlyInstanceOf(SignInThrottledException.class);
        assertThat(signIn(TestAccounts.BOARD.email(), TestAccounts.PASSWORD, "198.51.100.8")
                        .isAuthenticated())
                .isTrue();
    }
}
