package org.passerelle.contacts.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.passerelle.base.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the sectors and languages of many contacts at once, for the CSV import: Hibernate writes an element
 * collection one statement per contact and collection, which for 10,000 rows is 20,000 statements; here each
 * table takes one delete per chunk and JDBC batches of inserts. The caller clears the persistence context
 * afterwards, so that no entity keeps the collections it loaded before.
 */
@Component
public class ContactElements {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    ContactElements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sectors and languages of each contact become exactly the ones given.
     *
     * @param known the contacts that had some before (the others are new: nothing to delete)
     */
    public void replace(
            Map<Long, Collection<Sector>> sectors, Map<Long, Collection<String>> languages, Collection<Long> known) {
        List<Long> ids = new ArrayList<>(known);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.update("delete from contact_sector where contact_id in (" + in + ")", chunk.toArray());
            jdbc.update("delete from contact_language where contact_id in (" + in + ")", chunk.toArray());
        }
        List<Object[]> sectorRows = new ArrayList<>();
        sectors.forEach((id, values) -> values.forEach(s -> sectorRows.add(new Object[] {id, s.name()})));
        List<Object[]> languageRows = new ArrayList<>();
        languages.forEach((id, values) -> values.forEach(code -> languageRows.add(new Object[] {id, code})));
        batch("insert into contact_sector (contact_id, sector) values (?, ?)", sectorRows);
        batch("insert into contact_language (contact_id, code) values (?, ?)", languageRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }
}
