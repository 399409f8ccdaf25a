package org.passerelle.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.accounts.domain.Account;
import org.passerelle.accounts.domain.AccountRepository;
import org.passerelle.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with no accounts at all: the demo accounts when demo data is enabled (the embedded default),
 * otherwise the first administrator from configuration, who must change the password at first sign-in.
 */
@Component
@org.springframework.core.annotation.Order(0)
class FirstStartAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);

    /** The demo people: fictional, one for each role, one who holds two, and a third board member for ballots. */
    static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("admin@passerelle.demo", "Amina Diallo", "fr", EnumSet.of(Role.ADMIN, Role.STAFF)),
            new DemoPerson("staff@passerelle.demo", "Lucas Peeters", "fr", EnumSet.of(Role.STAFF)),
            new DemoPerson("board@passerelle.demo", "Grace Uwimana", "en", EnumSet.of(Role.BOARD_MEMBER)),
            new DemoPerson(
                    "board.member@passerelle.demo",
                    "Moussa Traoré",
                    "fr",
                    EnumSet.of(Role.BOARD_MEMBER, Role.ASSOCIATION_MEMBER)),
            new DemoPerson("board2@passerelle.demo", "Pierre Nkurunziza", "fr", EnumSet.of(Role.BOARD_MEMBER)),
            new DemoPerson("member@passerelle.demo", "Fatima El Amrani", "fr", EnumSet.of(Role.ASSOCIATION_MEMBER)),
            new DemoPerson("member2@passerelle.demo", "Jean-Paul Habimana", "en", EnumSet.of(Role.ASSOCIATION_MEMBER)));

    record DemoPerson(String email, String name, String language, Set<Role> roles) {}

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountsProperties properties;
    private final Clock clock;

    FirstStartAccounts(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AccountsProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (properties.demoData()) {
            createDemoAccounts();
        } else if (properties.bootstrapAdminEmail() != null
                && !properties.bootstrapAdminEmail().isBlank()) {
            createFirstAdministrator();
        } else {
            log.warn("No accounts exist and no first administrator is configured "
                    + "(passerelle.accounts.bootstrap-admin-email / -password): nobody can sign in.");
        }
    }

    void createDemoAccounts() {
        String hash = passwordEncoder.encode(properties.demoPassword());
        for (DemoPerson person : DEMO_PEOPLE) {
            Account account = new Account(person.email(), person.name(), hash, person.language(), clock.instant());
            account.setRoles(person.roles());
            accounts.save(account);
        }
        log.info("Created {} demo accounts (demo only; password in the README)", DEMO_PEOPLE.size());
    }

    void createFirstAdministrator() {
        String email = AccountRules.email(properties.bootstrapAdminEmail());
        String password = properties.bootstrapAdminPassword();
        passwordPolicy.check(password, email);
        Account admin = new Account(email, "Administrator", passwordEncoder.encode(password), "en", clock.instant());
        admin.setRoles(EnumSet.of(Role.ADMIN, Role.STAFF));
        admin.setMustChangePassword(true);
        accounts.save(admin);
        log.info("Created the first administrator {}; the password must be changed at first sign-in", email);
    }
}
