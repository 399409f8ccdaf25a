package org.passerelle.spaces;

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
class DemoSpacesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoDataCreatesOpenRestrictedAndPrivateSpacesOnceOnly() {
        TestAccounts accounts = new TestAccounts(context);
        SpacesFixture.reset(jdbc);
        accounts.reset();
        accounts.insert(new TestAccounts.Person(
                "admin@passerelle.demo", "Amina", "fr", EnumSet.of(Role.ADMIN, Role.STAFF), true));
        accounts.insert(new TestAccounts.Person(
                "member@passerelle.demo", "Fatima", "fr", EnumSet.of(Role.ASSOCIATION_MEMBER), true));
        accounts.insert(
                new TestAccounts.Person("board@passerelle.demo", "Grace", "en", EnumSet.of(Role.BOARD_MEMBER), true));
        accounts.insert(new TestAccounts.Person(
                "board.member@passerelle.demo",
                "Moussa",
                "fr",
                EnumSet.of(Role.BOARD_MEMBER, Role.ASSOCIATION_MEMBER),
                true));
        accounts.insert(
                new TestAccounts.Person("board2@passerelle.demo", "Pierre", "fr", EnumSet.of(Role.BOARD_MEMBER), true));
        DemoSpaces demo = new DemoSpaces(
                true,
                context.getBean(SpaceService.class),
                context.getBean(SpaceMembershipService.class),
                context.getBean(AccountService.class),
                context.getBean(RunAs.class));

        demo.run(null);
        demo.run(null);

        assertThat(jdbc.queryForList("select access_mode from space", String.class))
                .hasSize(4)
                .contains("OPEN", "RESTRICTED", "PRIVATE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from space_member m join account a on a.id = m.account_id where a.email = ?",
                        Integer.class,
                        "board@passerelle.demo"))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select a.email from space_member m join account a on a.id = m.account_id"
                                + " join space s on s.id = m.space_id where s.title_en = ? and m.role = 'BOARD_MEMBER'",
                        String.class,
                        DemoSpaces.RWANDA))
                .containsExactlyInAnyOrder(
                        "board@passerelle.demo", "board.member@passerelle.demo", "board2@passerelle.demo");
        assertThat(jdbc.queryForObject(
                        "select count(*) from space_member m join account a on a.id = m.account_id where a.email = ?",
                        Integer.class,
                        "board.member@passerelle.demo"))
                .as("Moussa's invitation to the board's private space stays open")
                .isEqualTo(1);
    }

    @Test
    void withoutDemoDataNothingIsCreated() {
        SpacesFixture.reset(jdbc);
        new DemoSpaces(false, null, null, null, null).run(null);
        assertThat(jdbc.queryForObject("select count(*) from space", Integer.class))
                .isZero();
    }
}
