package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the database itself keeps the audit log append-only: an UPDATE or a DELETE sent by the
 * application's own database user is refused by a trigger (migration 48), whatever the code does. Only the
 * erasure of a person may rewrite an entry's details, and nothing else of it, in a transaction that says so.
 */
@PostgresTest
class AuditAppendOnlyPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private long id;

    @BeforeEach
    void oneEntry() {
        jdbc.update("truncate table audit_entry");
        jdbc.update(
                "insert into audit_entry (occurred_at, actor_id, action, object_type, object_id, space_id, details, facts)"
                        + " values (?, 5, 'account.created', 'account', 6, null, 'eve@example.org', ?)",
                Timestamp.from(Instant.parse("2026-06-01T10:00:00Z")),
                "[{\"kind\":\"TEXT\",\"value\":\"eve@example.org\"}]");
        id = jdbc.queryForObject("select id from audit_entry", Long.class);
    }

    @Test
    void anUpdateIsRefused() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'space.created' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set details = 'nothing happened'"))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select action from audit_entry", String.class))
                .isEqualTo("account.created");
    }

    @Test
    void aDeleteIsRefused() {
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_entry is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void anErasureMayRewriteTheDetailsOnly() {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('passerelle.audit_erasure', 'on', true)", String.class);
            jdbc.update("update audit_entry set details = 'former member', facts = '[]' where id = ?", id);
        });
        assertThat(jdbc.queryForObject("select details from audit_entry", String.class))
                .isEqualTo("former member");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    jdbc.queryForObject("select set_config('passerelle.audit_erasure', 'on', true)", String.class);
                    jdbc.update("update audit_entry set actor_id = null where id = ?", id);
                }))
                .as("who did it stays, even during an erasure")
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    jdbc.queryForObject("select set_config('passerelle.audit_erasure', 'on', true)", String.class);
                    jdbc.update("delete from audit_entry where id = ?", id);
                }))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set details = 'again' where id = ?", id))
                .as("the setting lasts for its transaction only")
                .isInstanceOf(DataAccessException.class);
    }
}
