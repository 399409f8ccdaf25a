package org.passerelle.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.Application;
import org.passerelle.TestAccounts;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.Topic;
import org.passerelle.spaces.SpaceService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application stops between the commit of a notification and its mail, then starts again on the same database
 * with its jobs running: each mail goes out exactly once, and the one whose SMTP conversation the stop interrupted is
 * never sent again (UNCERTAIN: at most once).
 */
class MailRestartTest {

    @Test
    void afterARestartEachMailGoesOutOnceAndAnInterruptedOneIsNotResent() throws Exception {
        String database = "jdbc:h2:mem:passerelle-restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        SmtpServer.fresh();
        try (ConfigurableApplicationContext first = start(database, false)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            TestAccounts accounts = new TestAccounts(first);
            accounts.reset();
            MailFixture fixture = new MailFixture(jdbc, accounts).spaces(first.getBean(SpaceService.class));
            // the staff member's mail is claimed: the node stops during its SMTP conversation
            fixture.notify(TestAccounts.STAFF, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
            first.getBean(MailComposer.class).composeImmediate(Instant.now());
            assertThat(first.getBean(MailQueue.class).claim(10, Instant.now())).hasSize(1);
            // the member's mail is queued, the board member's notification only committed
            fixture.notify(TestAccounts.MEMBER, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
            first.getBean(MailComposer.class).composeImmediate(Instant.now());
            fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        }
        assertThat(SmtpServer.received()).isEmpty();

        try (ConfigurableApplicationContext second = start(database, true)) {
            assertThat(SmtpServer.waitFor(2, 60_000))
                    .as("two mails within a minute")
                    .isTrue();
            Thread.sleep(3_000); // several more rounds of every job
            List<String> to = SmtpServer.received().stream()
                    .map(message -> {
                        try {
                            return message.getRecipients(Message.RecipientType.TO)[0].toString();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
            assertThat(to).containsExactly(TestAccounts.BOARD.email(), TestAccounts.MEMBER.email());
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList(
                            "select state from mail_queue where to_address = ?",
                            String.class,
                            TestAccounts.STAFF.email()))
                    .containsExactly("UNCERTAIN");
            assertThat(jdbc.queryForList(
                            "select state from mail_queue where to_address <> ?",
                            String.class,
                            TestAccounts.STAFF.email()))
                    .containsExactly("SENT", "SENT");
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where mail_state = 'PENDING'", Integer.class))
                    .isZero();
        }
    }

    private static ConfigurableApplicationContext start(String database, boolean jobs) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database);
        properties.put("server.port", "0");
        properties.put("passerelle.accounts.demo-data", "false");
        properties.put("passerelle.accounts.bootstrap-admin-email", "");
        properties.put("passerelle.documents.storage-dir", "target/test-documents/mail-restart");
        properties.put("passerelle.mail.file-dir", "target/test-mail/mail-restart");
        properties.put("passerelle.search.in-memory", "true");
        properties.put("passerelle.mail.jobs", String.valueOf(jobs));
        properties.put("passerelle.mail.compose-interval", "PT0.5S");
        properties.put("passerelle.mail.send-interval", "PT0.5S");
        properties.put("passerelle.mail.claim-timeout", "PT2S");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(SmtpServer.port()));
        properties.put("logging.level.org.atmosphere", "warn");
        properties.put("vaadin.launch-browser", "false");
        return new SpringApplicationBuilder(Application.class)
                .properties(properties)
                .run();
    }
}
