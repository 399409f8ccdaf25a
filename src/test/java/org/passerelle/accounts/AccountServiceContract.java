package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.ActiveSessions;
import org.passerelle.security.LoginThrottle;
import org.passerelle.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The account rules, run against H2 and PostgreSQL by the two subclasses. */
abstract class AccountServiceContract {

    @Autowired
    AccountService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    ActiveSessions activeSessions;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    LoginThrottle throttle;

    TestAccounts accounts;

    @BeforeEach
    void resetAccounts() {
        accounts = new TestAccounts(applicationContext);
        accounts.reset();
        throttle.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static AccountForm form(String email, String name, Role... roles) {
        return new AccountForm(
                email, name, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), "fr", true);
    }

    @Test
    void administratorCreatesAnAccountThatMustChangeItsPassword() {
        accounts.signIn(TestAccounts.ADMIN);
        AccountSummary created = service.create(
                form("  Nadia.Mukamana@Example.ORG ", "Nadia Mukamana", Role.ASSOCIATION_MEMBER),
                "Ubumwe-na-Amahoro-7");
        assertThat(created.email()).isEqualTo("nadia.mukamana@example.org");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.roles()).containsExactly(Role.ASSOCIATION_MEMBER);
        assertThat(service.list()).extracting(AccountSummary::email).contains("nadia.mukamana@example.org");
        var signedIn = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "NADIA.mukamana@example.org", "Ubumwe-na-Amahoro-7"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void accountChangesAreAuditedWithoutPasswords() {
        jdbc.update("truncate table audit_entry"); // append-only: DELETE is refused on PostgreSQL
        accounts.signIn(TestAccounts.ADMIN);
        AccountSummary created = service.create(form("audit@x.be", "Audit Me", Role.STAFF), "Ubumwe-na-Amahoro-7");
        service.setEnabled(created.id(), false);
        accounts.signIn(TestAccounts.MEMBER);
        service.changeOwnPassword(TestAccounts.PASSWORD, "Umuganda-each-saturday-4", "Umuganda-each-saturday-4");
        assertThat(jdbc.queryForList("select action from audit_entry order by id", String.class))
                .containsExactly("account.created", "account.changed", "account.password-changed");
        assertThat(jdbc.queryForList("select details from audit_entry", String.class))
                .noneMatch(details ->
                        details.contains("Ubumwe") || details.contains("Umuganda") || details.contains("bcrypt"));
    }

    @Test
    void duplicateEmailIsRefusedWhateverTheCase() {
        accounts.signIn(TestAccounts.ADMIN);
        assertThatThrownBy(() ->
                        service.create(form("BOARD@test.example", "Other", Role.BOARD_MEMBER), "Ubumwe-na-Amahoro-7"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "email")
                .hasFieldOrPropertyWithValue("messageKey", "accounts.error.email-taken");
        AccountSummary member = find(TestAccounts.MEMBER);
        assertThatThrownBy(() -> service.update(
                        member.id(),
                        member.version(),
                        form("Staff@Test.example", member.displayName(), Role.ASSOCIATION_MEMBER)))
                .hasFieldOrPropertyWithValue("messageKey", "accounts.error.email-taken");
        assertThat(count()).isEqualTo(TestAccounts.ALL.size());
    }

    @Test
    void invalidFieldsAreRefusedAndNothingIsStored() {
        accounts.signIn(TestAccounts.ADMIN);
        String good = "Ubumwe-na-Amahoro-7";
        assertRefused(
                () -> service.create(form("", "Name", Role.STAFF), good), "email", "accounts.error.email-required");
        assertRefused(
                () -> service.create(form("not-an-address", "Name", Role.STAFF), good),
                "email",
                "accounts.error.email-invalid");
        assertRefused(
                () -> service.create(form("a".repeat(250) + "@x.be", "Name", Role.STAFF), good),
                "email",
                "accounts.error.email-too-long");
        assertRefused(
                () -> service.create(form("n@x.be", "   ", Role.STAFF), good),
                "displayName",
                "accounts.error.name-required");
        assertRefused(
                () -> service.create(form("n@x.be", "x".repeat(121), Role.STAFF), good),
                "displayName",
                "accounts.error.name-too-long");
        assertRefused(
                () -> service.create(form("n@x.be", "Bad\u0007Name", Role.STAFF), good),
                "displayName",
                "accounts.error.name-invalid");
        assertRefused(() -> service.create(form("n@x.be", "Name"), good), "roles", "accounts.error.roles-required");
        assertRefused(
                () -> service.create(new AccountForm("n@x.be", "Name", EnumSet.of(Role.STAFF), "de", true), good),
                "language",
                "accounts.error.language-invalid");
        assertRefused(
                () -> service.create(form("n@x.be", "Name", Role.STAFF), "too-short"),
                "password",
                "password.error.too-short");
        assertRefused(
                () -> service.create(form("n@x.be", "Name", Role.STAFF), "Password2024!"),
                "password",
                "password.error.too-common");
        assertThat(count()).isEqualTo(TestAccounts.ALL.size());
    }

    @Test
    void aScriptInTheNameIsStoredAsPlainText() {
        accounts.signIn(TestAccounts.ADMIN);
        AccountSummary created =
                service.create(form("script@x.be", "<script>alert(1)</script>", Role.STAFF), "Ubumwe-na-Amahoro-7");
        assertThat(created.displayName()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        AccountForm form = form("n@x.be", "Name", Role.STAFF);
        assertThatThrownBy(() -> service.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        for (TestAccounts.Person person :
                new TestAccounts.Person[] {TestAccounts.STAFF, TestAccounts.BOARD, TestAccounts.MEMBER}) {
            accounts.signIn(person);
            assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.create(form, "Ubumwe-na-Amahoro-7"))
                    .isInstanceOf(AccessDeniedException.class);
            long target = accounts.idOf(TestAccounts.BOARD);
            assertThatThrownBy(() -> service.setEnabled(target, false)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count()).isEqualTo(TestAccounts.ALL.size());
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        accounts.signIn(TestAccounts.ADMIN);
        AccountSummary admin = find(TestAccounts.ADMIN);
        assertThatThrownBy(() -> service.setEnabled(admin.id(), false))
                .hasFieldOrPropertyWithValue("messageKey", "accounts.error.last-admin");
        assertThatThrownBy(() -> service.update(
                        admin.id(), admin.version(), form(admin.email(), admin.displayName(), Role.STAFF)))
                .hasFieldOrPropertyWithValue("messageKey", "accounts.error.last-admin");
        AccountSummary staff = find(TestAccounts.STAFF);
        service.update(staff.id(), staff.version(), form(staff.email(), staff.displayName(), Role.STAFF, Role.ADMIN));
        assertThat(service.setEnabled(admin.id(), false).enabled()).isFalse();
    }

    @Test
    void aStaleEditIsRefused() {
        accounts.signIn(TestAccounts.ADMIN);
        AccountSummary board = find(TestAccounts.BOARD);
        service.update(board.id(), board.version(), form(board.email(), "Bea B.", Role.BOARD_MEMBER));
        assertThatThrownBy(() ->
                        service.update(board.id(), board.version(), form(board.email(), "Stale", Role.BOARD_MEMBER)))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accounts.error.changed-meanwhile");
        assertThat(find(TestAccounts.BOARD).displayName()).isEqualTo("Bea B.");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAndSignInIsRefused() {
        long boardId = accounts.idOf(TestAccounts.BOARD);
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        activeSessions.register(boardId, first);
        activeSessions.register(boardId, second);
        accounts.signIn(TestAccounts.ADMIN);

        service.setEnabled(boardId, false);

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(activeSessions.countOf(boardId)).isZero();
        assertThatThrownBy(() -> authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        TestAccounts.BOARD.email(), TestAccounts.PASSWORD)))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    void takingARoleAwayEndsTheSessionsButAnUnrelatedEditDoesNot() {
        long bothId = accounts.idOf(TestAccounts.BOTH);
        MockHttpSession session = new MockHttpSession();
        activeSessions.register(bothId, session);
        accounts.signIn(TestAccounts.ADMIN);
        AccountSummary both = find(TestAccounts.BOTH);
        AccountSummary renamed = service.update(
                both.id(),
                both.version(),
                new AccountForm(both.email(), "Bintou B.", both.roles(), both.language(), true));
        assertThat(session.isInvalid()).isFalse();
        service.update(both.id(), renamed.version(), form(both.email(), "Bintou B.", Role.BOARD_MEMBER));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void everyoneChangesTheirOwnPassword() {
        accounts.signIn(TestAccounts.MEMBER);
        assertRefused(
                () -> service.changeOwnPassword("wrong", "Ubumwe-na-Amahoro-7", "Ubumwe-na-Amahoro-7"),
                "currentPassword",
                "password.error.current-wrong");
        assertRefused(
                () -> service.changeOwnPassword(TestAccounts.PASSWORD, "short", "short"),
                "password",
                "password.error.too-short");
        assertRefused(
                () -> service.changeOwnPassword(TestAccounts.PASSWORD, "Motdepasse2025!", "Motdepasse2025!"),
                "password",
                "password.error.too-common");
        assertRefused(
                () -> service.changeOwnPassword(TestAccounts.PASSWORD, "Ubumwe-na-Amahoro-7", "Ubumwe-na-Amahoro-8"),
                "confirmation",
                "password.error.confirmation-differs");
        assertRefused(
                () -> service.changeOwnPassword(TestAccounts.PASSWORD, TestAccounts.PASSWORD, TestAccounts.PASSWORD),
                "password",
                "password.error.same-as-current");

        service.changeOwnPassword(TestAccounts.PASSWORD, "Ubumwe-na-Amahoro-7", "Ubumwe-na-Amahoro-7");

        assertThatThrownBy(() -> authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        TestAccounts.MEMBER.email(), TestAccounts.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authenticationManager
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                TestAccounts.MEMBER.email(), "Ubumwe-na-Amahoro-7"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void changingThePasswordClearsTheObligationToChangeIt() {
        jdbc.update("update account set must_change_password = true where email = ?", TestAccounts.MEMBER.email());
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(service.me().mustChangePassword()).isTrue();
        service.changeOwnPassword(TestAccounts.PASSWORD, "Ubumwe-na-Amahoro-7", "Ubumwe-na-Amahoro-7");
        assertThat(service.me().mustChangePassword()).isFalse();
    }

    @Test
    void theLanguageIsRemembered() {
        accounts.signIn(TestAccounts.BOARD);
        service.changeOwnLanguage(Locale.FRENCH);
        assertThat(service.me().language()).isEqualTo("fr");
        assertThatThrownBy(() -> service.changeOwnLanguage(Locale.GERMAN))
                .hasFieldOrPropertyWithValue("messageKey", "accounts.error.language-invalid");
        assertThat(service.me().language()).isEqualTo("fr");
    }

    @Test
    void anonymousCallersAreRefusedEvenForOwnAccountMethods() {
        assertThatThrownBy(() -> service.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.changeOwnLanguage(Locale.FRENCH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private AccountSummary find(TestAccounts.Person person) {
        return service.list().stream()
                .filter(a -> a.email().equals(person.email()))
                .findFirst()
                .orElseThrow();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from account", Integer.class);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
