package org.passerelle.associations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.AccountService;
import org.passerelle.security.Role;
import org.passerelle.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@H2Test
class DemoAssociationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private DemoAssociations demo(boolean enabled) {
        return new DemoAssociations(
                enabled,
                context.getBean(AssociationService.class),
                context.getBean(AssociationInvitationService.class),
                context.getBean(AccountService.class),
                context.getBean(RunAs.class));
    }

    @Test
    void demoDataCreatesAssociationsWithContactsAndAnOpenInvitationOnceOnly() {
        TestAccounts accounts = new TestAccounts(context);
        AssociationsFixture.reset(jdbc);
        accounts.reset();
        accounts.insert(new TestAccounts.Person(
                "admin@passerelle.demo", "Amina", "fr", EnumSet.of(Role.ADMIN, Role.STAFF), true));
        for (String email :
                new String[] {"member@passerelle.demo", "member2@passerelle.demo", "board.member@passerelle.demo"}) {
            accounts.insert(new TestAccounts.Person(email, email, "fr", EnumSet.of(Role.ASSOCIATION_MEMBER), true));
        }

        demo(true).run(null);
        demo(true).run(null);

        assertThat(jdbc.queryForList("select acronym from association order by acronym", String.class))
                .containsExactly("AML", "AMLD", "ARB");
        assertThat(jdbc.queryForObject("select count(*) from association where verified", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select m.status from association_membership m join account a on a.id = m.account_id"
                                + " where a.email = ? order by m.status",
                        String.class,
                        "member@passerelle.demo"))
                .containsExactly("ACTIVE", "ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from association_membership where status = 'INVITED'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from association_membership where contact", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void withoutDemoDataNothingIsCreated() {
        AssociationsFixture.reset(jdbc);
        new DemoAssociations(false, null, null, null, null).run(null);
        assertThat(jdbc.queryForObject("select count(*) from association", Integer.class))
                .isZero();
    }
}
