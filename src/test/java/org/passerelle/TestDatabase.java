package org.passerelle;

import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table of the schema (but Flyway's history) on H2 and PostgreSQL. Tables are found in the
 * catalogue, so a new module's tables are included without anyone remembering to; foreign keys are
 * respected by retrying the tables that still have children until none is left.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static void clean(JdbcTemplate jdbc) {
        List<String> tables = jdbc
                .queryForList(
                        "select table_name from information_schema.tables"
                                + " where table_schema = current_schema() and table_type in ('TABLE', 'BASE TABLE')",
                        String.class)
                .stream()
                .filter(name -> !name.toLowerCase(Locale.ROOT).equals("flyway_schema_history"))
                .toList();
        // a background job of the previous test (a fan-out, an index) may still write a row meanwhile: a table
        // emptied in an earlier pass can fill again, so every pass goes over all tables until one goes through
        for (int pass = 0; pass < tables.size() + 5; pass++) {
            boolean blocked = false;
            for (String table : tables) {
                try {
                    // the audit log is append-only (on PostgreSQL a trigger refuses DELETE): emptied by TRUNCATE
                    jdbc.update(
                            table.equalsIgnoreCase("audit_entry") ? "truncate table " + table : "delete from " + table);
                } catch (DataIntegrityViolationException stillReferenced) {
                    blocked = true;
                }
            }
            if (!blocked) {
                return;
            }
        }
        throw new IllegalStateException("Cannot empty the tables: rows keep referring to each other");
    }
}
