package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log keeps each entry's facts and reads them back; run on H2 and PostgreSQL by the subclasses. */
abstract class AuditLogContract {

    private static final long SPACE = 4242;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    /** An event of no module: no other listener acts on it (no object id). Its summary is the facts' unless given. */
    record Probe(String action, List<AuditFact> facts, String summary) implements AuditableEvent {
        @Override
        public String details() {
            return summary == null ? AuditableEvent.super.details() : summary;
        }

        @Override
        public Long actorId() {
            return null;
        }

        @Override
        public String objectType() {
            return "probe";
        }

        @Override
        public Long objectId() {
            return null;
        }

        @Override
        public Long spaceId() {
            return SPACE;
        }
    }

    @BeforeEach
    void reset() {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        accounts.signIn(TestAccounts.STAFF);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AuditEntry only() {
        List<AuditEntry> entries = auditLog.ofSpace(SPACE, 10);
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }

    @Test
    void everyKindOfFactIsStoredAndReadBack() {
        List<AuditFact> facts = List.of(
                AuditFact.person(7),
                AuditFact.label("spaces.role.BOARD_MEMBER"),
                AuditFact.instant(Instant.parse("2026-12-10T15:30:00Z")),
                AuditFact.date(LocalDate.of(2026, 12, 24)),
                AuditFact.number(3),
                AuditFact.text("L'eau « d'abord » \"quoted\" \\ ünïcödé — {0}"));
        context.publishEvent(new Probe("space.member-role-changed", facts, null));

        AuditEntry entry = only();
        assertThat(entry.facts()).isEqualTo(facts);
        assertThat(entry.details())
                .as("an English summary is kept for exports")
                .startsWith("#7, BOARD_MEMBER, 2026-12-10T15:30:00Z, 2026-12-24, 3, L'eau");
        assertThat(jdbc.queryForObject("select facts from audit_entry", String.class))
                .startsWith("[{\"kind\":\"PERSON\",\"value\":\"7\"}");
    }

    @Test
    void anEventWithoutFactsIsStoredWithAnEmptyList() {
        context.publishEvent(new Probe("space.archived", List.of(), null));
        AuditEntry entry = only();
        assertThat(entry.facts()).isEmpty();
        assertThat(entry.details()).isEmpty();
    }

    @Test
    void theSummaryStaysBounded() {
        context.publishEvent(new Probe("space.updated", List.of(AuditFact.text("t")), "x".repeat(3000)));
        assertThat(only().details()).hasSize(AuditLog.DETAILS_MAX).endsWith("…");
    }

    @Test
    void aRowWrittenBeforeFactsKeepsItsDetailsAndHasNoFacts() {
        insertOldRow("DRAFT -> SUBMITTED", null);
        AuditEntry entry = only();
        assertThat(entry.facts()).isNull();
        assertThat(entry.details()).isEqualTo("DRAFT -> SUBMITTED");
    }

    @Test
    void unreadableFactsAreTreatedAsNone() {
        insertOldRow("DRAFT -> SUBMITTED", "[{\"kind\":\"NOT_A_KIND\",\"value\":\"1\"}]");
        assertThat(only().facts()).isNull();
    }

    private void insertOldRow(String details, String facts) {
        jdbc.update(
                "insert into audit_entry (occurred_at, actor_id, action, object_type, object_id, space_id, details, facts)"
                        + " values (?, null, 'proposal.submit', 'proposal', 1, ?, ?, ?)",
                Timestamp.from(Instant.parse("2025-06-01T10:00:00Z")),
                SPACE,
                details,
                facts);
    }
}
