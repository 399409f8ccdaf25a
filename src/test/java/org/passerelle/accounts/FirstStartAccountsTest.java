package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.accounts.domain.AccountRepository;
import org.passerelle.base.InvalidInputException;
import org.passerelle.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@H2Test
class FirstStartAccountsTest {

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        org.passerelle.TestDatabase.clean(jdbc);
    }

    private FirstStartAccounts firstStart(boolean demo, String adminEmail, String adminPassword) {
        return new FirstStartAccounts(
                repository,
                passwordEncoder,
                passwordPolicy,
                new AccountsProperties(demo, "Passerelle-demo-2026", adminEmail, adminPassword),
                Clock.systemUTC());
    }

    @Test
    void demoDataCreatesOneAccountPerRoleWithTheDocumentedPassword() {
        firstStart(true, null, null).run(null);
        var accounts = repository.findAll();
        assertThat(accounts).hasSize(FirstStartAccounts.DEMO_PEOPLE.size());
        assertThat(accounts).flatExtracting(a -> a.getRoles()).contains(Role.values());
        assertThat(accounts).allSatisfy(a -> {
            assertThat(passwordEncoder.matches("Passerelle-demo-2026", a.getPasswordHash()))
                    .isTrue();
            assertThat(a.isMustChangePassword()).isFalse();
        });
    }

    @Test
    void demoDataHasThreeBoardMembersSoThatABallotCanRecuseOne() {
        firstStart(true, null, null).run(null);
        assertThat(repository.findAll())
                .filteredOn(a -> a.getRoles().contains(Role.BOARD_MEMBER))
                .extracting(a -> a.getEmail())
                .containsExactlyInAnyOrder(
                        "board@passerelle.demo", "board.member@passerelle.demo", "board2@passerelle.demo");
        assertThat(repository.findAll())
                .filteredOn(a -> a.getEmail().equals("board2@passerelle.demo"))
                .singleElement()
                .satisfies(pierre -> {
                    assertThat(pierre.getDisplayName()).isEqualTo("Pierre Nkurunziza");
                    assertThat(pierre.getLanguage()).isEqualTo("fr");
                });
    }

    @Test
    void withoutDemoDataTheConfiguredAdministratorIsCreatedAndMustChangeThePassword() {
        firstStart(false, "Ops@Example.org", "Ikaze-mu-Passerelle-1").run(null);
        var accounts = repository.findAll();
        assertThat(accounts).singleElement().satisfies(admin -> {
            assertThat(admin.getEmail()).isEqualTo("ops@example.org");
            assertThat(admin.getRoles()).contains(Role.ADMIN);
            assertThat(admin.isMustChangePassword()).isTrue();
        });
    }

    @Test
    void aWeakBootstrapPasswordStopsTheStartWithAClearReason() {
        assertThatThrownBy(() -> firstStart(false, "ops@example.org", "admin").run(null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "password.error.too-short");
        assertThat(repository.count()).isZero();
    }

    @Test
    void nothingIsCreatedWhenAccountsExistOrNothingIsConfigured() {
        firstStart(false, null, null).run(null);
        assertThat(repository.count()).isZero();
        firstStart(true, null, null).run(null);
        long count = repository.count();
        firstStart(true, null, null).run(null);
        firstStart(false, "ops@example.org", "Ikaze-mu-Passerelle-1").run(null);
        assertThat(repository.count()).isEqualTo(count);
    }
}
