package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.security.Role;
import org.passerelle.security.RunAs;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@H2Test
class DemoSessionsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void twoDemoSessionsInTheRwandaSpaceOnceOnly() {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        accounts.insert(new TestAccounts.Person(
                "admin@passerelle.demo", "Amina", "fr", EnumSet.of(Role.ADMIN, Role.STAFF), true));
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(SpaceService.class)
                .create(new SpaceForm(DemoSessions.SPACE, null, null, null, Stage.ENGAGE, AccessMode.RESTRICTED));
        TestAccounts.signOut();
        DemoSessions demo = new DemoSessions(
                true,
                context.getBean(SessionService.class),
                context.getBean(SessionRecordService.class),
                context.getBean(SpaceService.class),
                context.getBean(RunAs.class),
                Clock.systemUTC());
        demo.run(null);
        demo.run(null);
        assertThat(jdbc.queryForList("select state from cocreation_session", String.class))
                .as("the kick-off (held) and the afternoon to come; their phase follows the clock")
                .containsExactly("SCHEDULED", "SCHEDULED");
        assertThat(jdbc.queryForObject("select count(*) from session_agenda_item", Integer.class))
                .isEqualTo(3 + 4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from cocreation_session where minutes is not null", Integer.class))
                .as("the kick-off's minutes")
                .isEqualTo(1);
    }
}
