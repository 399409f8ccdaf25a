package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.UserFacingException;
import org.passerelle.notifications.NotificationsProbe;
import org.passerelle.security.ActiveSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/** Erasure and retention under the GDPR, on H2 and PostgreSQL. */
abstract class AccountErasureContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountErasure erasure;

    @Autowired
    AccountService service;

    @Autowired
    ActiveSessions activeSessions;

    @Autowired
    AuthenticationManager authenticationManager;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void afterTheErasureNoTableHoldsTheNameTheAddressOrThePhone() {
        LifeOfAPerson life = new LifeOfAPerson(context, accounts);
        List<String> former = List.of(LifeOfAPerson.NAME, LifeOfAPerson.EMAIL, LifeOfAPerson.PHONE, "Quintavalle");
        // staff also keep them in the contact list (same address, other case): the same person
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(org.passerelle.contacts.ContactService.class)
                .add(new org.passerelle.contacts.ContactForm(
                        LifeOfAPerson.NAME,
                        "Diaspora Quintavalle asbl",
                        "RW",
                        java.util.Set.of(),
                        java.util.Set.of("fr"),
                        "fr",
                        LifeOfAPerson.EMAIL.toUpperCase(Locale.ROOT),
                        true,
                        "event in Liège",
                        null));
        // the test can fail: before, they are in the account, the profile, the audit log, a mention and a mail
        List<String> before = occurrences(former);
        assertThat(before)
                .anyMatch(place -> place.startsWith("account."))
                .anyMatch(place -> place.startsWith("person_profile.phone"))
                .anyMatch(place -> place.startsWith("audit_entry."))
                .anyMatch(place -> place.startsWith("discussion_message.body"))
                .anyMatch(place -> place.startsWith("mail_queue."))
                .anyMatch(place -> place.startsWith("contact."));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ?", Integer.class, life.id))
                .as("the mention was notified")
                .isPositive();
        MockHttpSession session = new MockHttpSession();
        activeSessions.register(life.id, session);

        accounts.signIn(TestAccounts.ADMIN);
        erasure.erase(life.id, LifeOfAPerson.EMAIL.toUpperCase(Locale.ROOT));
        NotificationsProbe.settle(context);

        assertThat(occurrences(former)).as("where the person is still named").isEmpty();
        assertThat(session.isInvalid()).as("their sessions ended").isTrue();
        // what they wrote and did stays, by a former member
        assertThat(jdbc.queryForObject(
                        "select author_id from discussion_message where id = ?", Long.class, life.messageId))
                .isEqualTo(life.id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ballot_vote where voter_id = ? and ballot_id = ?",
                        Integer.class,
                        life.id,
                        life.openBallotId))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_author where account_id = ?", Integer.class, life.id))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ?", Integer.class, life.id))
                .as("audit entries keep the actor's id")
                .isPositive();
        assertThat(service.people(List.of(life.id)).get(life.id).displayName()).isEqualTo("Former member");
        accounts.signIn(TestAccounts.MEMBER); // reads in French
        assertThat(service.people(List.of(life.id)).get(life.id).displayName()).isEqualTo("Ancien membre");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ?", Integer.class, life.id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_queue where recipient_id = ?", Integer.class, life.id))
                .isZero();
        // and nobody signs in with it any more, neither by the old address nor by the new one
        for (String email : List.of(LifeOfAPerson.EMAIL, FormerMember.placeholderEmail(life.id))) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(email, TestAccounts.PASSWORD)))
                    .isInstanceOf(AuthenticationException.class);
        }
        // an erased account cannot be enabled again, nor erased twice
        accounts.signIn(TestAccounts.ADMIN);
        assertThatThrownBy(() -> service.setEnabled(life.id, true))
                .isInstanceOf(UserFacingException.class)
                .extracting("messageKey")
                .isEqualTo("erasure.error.erased");
        assertThatThrownBy(() -> erasure.erase(life.id, FormerMember.placeholderEmail(life.id)))
                .extracting("messageKey")
                .isEqualTo("erasure.error.erased");
    }

    @Test
    void aPersonAsksAndAnAdministratorConfirmsTypingTheAddress() {
        long member = accounts.idOf(TestAccounts.MEMBER);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(erasure.ownRequestPending()).isFalse();
        erasure.requestOwn();
        erasure.requestOwn(); // twice is once
        assertThat(erasure.ownRequestPending()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.erasure-requested'", Integer.class))
                .isOne();
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(erasure.pendingRequests())
                .extracting(AccountErasure.ErasureRequest::accountId)
                .containsExactly(member);
        assertThatThrownBy(() -> erasure.erase(member, "someone@else.example"))
                .extracting("messageKey")
                .isEqualTo("erasure.error.confirmation");
        assertThat(service.people(List.of(member)).get(member).displayName()).isEqualTo(TestAccounts.MEMBER.name());
        erasure.erase(member, TestAccounts.MEMBER.email());
        assertThat(erasure.pendingRequests()).isEmpty();
        assertThat(service.people(List.of(member)).get(member).enabled()).isFalse();
    }

    @Test
    void theLastActiveAdministratorIsNeverErased() {
        long admin = accounts.idOf(TestAccounts.ADMIN);
        accounts.signIn(TestAccounts.ADMIN);
        assertThatThrownBy(() -> erasure.erase(admin, TestAccounts.ADMIN.email()))
                .isInstanceOf(UserFacingException.class)
                .extracting("messageKey")
                .isEqualTo("erasure.error.last-admin");
        assertThat(jdbc.queryForObject("select erased_at from account where id = ?", Timestamp.class, admin))
                .isNull();
        // with a second administrator, the first may go
        jdbc.update(
                "insert into account_role (account_id, role) values (?, 'ADMIN')", accounts.idOf(TestAccounts.STAFF));
        erasure.erase(admin, TestAccounts.ADMIN.email());
        assertThat(jdbc.queryForObject("select erased_at from account where id = ?", Timestamp.class, admin))
                .isNotNull();
    }

    @Test
    void onlyAdministratorsErase() {
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> erasure.erase(accounts.idOf(TestAccounts.MEMBER), TestAccounts.MEMBER.email()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.pendingRequests())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theRetentionJobErasesAccountsDisabledForTooLongOnceAndOnlyWhenSet() {
        long longAgo = accounts.idOf(TestAccounts.DISABLED);
        long recently = accounts.idOf(TestAccounts.OUTSIDER);
        jdbc.update(
                "update account set enabled = false, disabled_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(200))),
                longAgo);
        jdbc.update(
                "update account set enabled = false, disabled_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(20))),
                recently);

        assertThat(retention(null).eraseDue()).as("off by default").isZero();
        RetentionJob sixMonths = retention(Period.ofMonths(6));
        RetentionJob again = retention(Period.ofMonths(6));
        assertThat(sixMonths.eraseDue()).isOne();
        assertThat(again.eraseDue()).as("a second node, or the next day").isZero();
        assertThat(erasedAt(longAgo)).isNotNull();
        assertThat(erasedAt(recently)).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'account.erased' and actor_id is null",
                        Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, longAgo))
                .isEqualTo("Former member");
    }

    @Test
    void disablingAnAccountRemembersSinceWhen() {
        long member = accounts.idOf(TestAccounts.MEMBER);
        accounts.signIn(TestAccounts.ADMIN);
        service.setEnabled(member, false);
        assertThat(jdbc.queryForObject("select disabled_at from account where id = ?", Timestamp.class, member))
                .isNotNull();
        service.setEnabled(member, true);
        assertThat(jdbc.queryForObject("select disabled_at from account where id = ?", Timestamp.class, member))
                .isNull();
    }

    private Timestamp erasedAt(long id) {
        return jdbc.queryForObject("select erased_at from account where id = ?", Timestamp.class, id);
    }

    private RetentionJob retention(Period after) {
        PrivacyProperties properties = new PrivacyProperties(
                Duration.ofHours(24),
                DataSize.ofMegabytes(500),
                Duration.ofMinutes(10),
                Duration.ofMinutes(15),
                after,
                Duration.ofDays(1));
        return new RetentionJob(
                properties,
                context.getBean(org.passerelle.accounts.domain.AccountRepository.class),
                erasure,
                jdbc,
                context.getBean(PlatformTransactionManager.class),
                context.getBean(Clock.class));
    }

    /**
     * Every text column of every table of the schema (found in the catalogue, so new modules' tables are read too)
     * where one of the texts occurs, case-insensitively, as "table.column".
     */
    private List<String> occurrences(List<String> texts) {
        List<Map<String, Object>> columns =
                jdbc.queryForList("select c.table_name, c.column_name, c.data_type from information_schema.columns c"
                        + " join information_schema.tables t on t.table_name = c.table_name"
                        + " and t.table_schema = c.table_schema"
                        + " where c.table_schema = current_schema() and t.table_type in ('TABLE', 'BASE TABLE')");
        List<String> found = new ArrayList<>();
        int read = 0;
        for (Map<String, Object> column : columns) {
            String type = String.valueOf(column.get("data_type")).toLowerCase(Locale.ROOT);
            if (!(type.contains("char")
                    || type.contains("text")
                    || type.contains("clob")
                    || type.contains("json")
                    || type.contains("large object"))) {
                continue;
            }
            String table = String.valueOf(column.get("table_name"));
            String name = String.valueOf(column.get("column_name"));
            read++;
            for (String value : jdbc.queryForList(
                    "select " + quoted(name) + " from " + quoted(table) + " where " + quoted(name) + " is not null",
                    String.class)) {
                String lower = value.toLowerCase(Locale.ROOT);
                for (String text : texts) {
                    if (lower.contains(text.toLowerCase(Locale.ROOT))) {
                        found.add(table.toLowerCase(Locale.ROOT) + "." + name.toLowerCase(Locale.ROOT) + ": " + text);
                    }
                }
            }
        }
        assertThat(read).as("text columns read").isGreaterThan(50);
        return found;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }
}
