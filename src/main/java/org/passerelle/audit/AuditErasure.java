package org.passerelle.audit;

import org.passerelle.accounts.AccountErased;
import org.passerelle.base.FormerTexts;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pseudonymises the audit log when a person is erased: their name, addresses and phone are rewritten to "Former
 * member" in every entry's {@code details} and {@code facts}; who did what, when and where (the actor's id
 * included) stays. The only change to an entry the application ever makes; on PostgreSQL the append-only trigger
 * (migration 48) lets it through because this transaction says so ({@code passerelle.audit_erasure}), and only for
 * those two columns.
 */
@Component
class AuditErasure {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    AuditErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres")));
    }

    @EventListener
    void erased(AccountErased event) {
        if (postgres) {
            jdbc.queryForList("select set_config('passerelle.audit_erasure', 'on', true)", String.class);
        }
        FormerTexts.rewrite(jdbc, "audit_entry", "id", "details", event.formerTexts(), AccountErased.REPLACEMENT);
        FormerTexts.rewrite(jdbc, "audit_entry", "id", "facts", event.formerTexts(), AccountErased.REPLACEMENT);
    }
}
