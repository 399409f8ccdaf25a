package org.passerelle;

import java.util.ArrayList;
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
        List<String> pending = new ArrayList<>(jdbc
                .queryForList(
                        "select table_name from information_schema.tables"
                                + " where table_schema = current_schema() and table_type in ('TABLE', 'BASE TABLE')",
                        String.class)
                .stream()
                .filter(name -> !name.toLowerCase(Locale.ROOT).equals("flyway_schema_history"))
                .toList());
        while (!pending.isEmpty()) {
            List<String> blocked = new ArrayList<>();
            for (String table : pending) {
                try {
                    jdbc.update("delete from " + table);
                } catch (DataIntegrityViolationException stillReferenced) {
                    blocked.add(table);
                }
            }
            if (blocked.size() == pending.size()) {
                throw new IllegalStateException("Cannot empty these tables: " + blocked);
            }
            pending = blocked;
        }
    }
}
