package org.passerelle.audit.domain;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 48, in Java because part of it is for PostgreSQL only: the indexes of the audit log view's filters
 * (on both databases), and on PostgreSQL a trigger that refuses every UPDATE and DELETE of {@code audit_entry},
 * whoever sends it, the application's own database user included. H2 has no such trigger: there only the code
 * (no update or delete path, checked by {@code AuditAppendOnlyTest}) keeps the log append-only.
 *
 * <p>One narrow exception, for erasure under the GDPR: a transaction that has set {@code
 * passerelle.audit_erasure} to {@code on} ({@code set_config(..., true)}) may rewrite an entry's {@code details}
 * and {@code facts} (to take a person's e-mail address out), never who, when, what or where. Spring Boot hands
 * this bean to Flyway ({@code JavaMigration} beans join the migrations found under {@code db/migration}).
 */
@Component
class AuditAppendOnlyMigration implements JavaMigration {

    static final String TRIGGER_FUNCTION = """
            create function audit_entry_append_only() returns trigger language plpgsql as $$
            begin
                if tg_op = 'UPDATE'
                        and coalesce(current_setting('passerelle.audit_erasure', true), '') = 'on'
                        and new.id = old.id
                        and new.occurred_at = old.occurred_at
                        and new.actor_id is not distinct from old.actor_id
                        and new.action = old.action
                        and new.object_type = old.object_type
                        and new.object_id is not distinct from old.object_id
                        and new.space_id is not distinct from old.space_id then
                    return new;
                end if;
                raise exception 'audit_entry is append-only: % refused', tg_op
                    using errcode = 'insufficient_privilege';
            end
            $$""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("48");
    }

    @Override
    public String getDescription() {
        return "audit filters and append only";
    }

    @Override
    public Integer getChecksum() {
        return TRIGGER_FUNCTION.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (Statement sql = context.getConnection().createStatement()) {
            // newest first is (occurred_at, id) descending: each filter's index ends so, and a page is read in order
            sql.execute("create index ix_audit_entry_time on audit_entry (occurred_at, id)");
            sql.execute("create index ix_audit_entry_space_time on audit_entry (space_id, occurred_at, id)");
            sql.execute("create index ix_audit_entry_actor_time on audit_entry (actor_id, occurred_at, id)");
            sql.execute("create index ix_audit_entry_action_time on audit_entry (action, occurred_at, id)");
            if (postgres) {
                sql.execute(TRIGGER_FUNCTION);
                sql.execute("create trigger audit_entry_append_only before update or delete on audit_entry"
                        + " for each row execute function audit_entry_append_only()");
            }
        }
    }
}
