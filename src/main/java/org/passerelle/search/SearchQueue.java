package org.passerelle.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.passerelle.base.SearchKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The queue of things to (re)index, in the database ({@code search_queue}). */
@Component
class SearchQueue {

    /** One queued change. */
    record Queued(long id, SearchKind kind, long subjectId) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SearchQueue(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues these things, in the caller's transaction. */
    void add(SearchKind kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(
                "insert into search_queue (kind, subject_id, queued_at) values (?, ?, ?)",
                List.copyOf(subjectIds),
                subjectIds.size(),
                (statement, id) -> {
                    statement.setString(1, kind.name());
                    statement.setLong(2, id);
                    statement.setTimestamp(3, now);
                });
    }

    /**
     * Claims the oldest queued changes for this transaction: rows another node or thread holds are skipped, and
     * stay locked until this transaction ends.
     */
    List<Queued> claim(int max) {
        return jdbc.query(
                "select id, kind, subject_id from search_queue order by id fetch first " + Math.max(1, max)
                        + " rows only for update skip locked",
                (row, n) -> new Queued(row.getLong(1), SearchKind.valueOf(row.getString(2)), row.getLong(3)));
    }

    void remove(Collection<Long> ids) {
        jdbc.batchUpdate(
                "delete from search_queue where id = ?",
                List.copyOf(ids),
                ids.size(),
                (statement, id) -> statement.setLong(1, id));
    }

    long size() {
        Long size = jdbc.queryForObject("select count(*) from search_queue", Long.class);
        return size == null ? 0 : size;
    }

    String state(String name) {
        List<String> found =
                jdbc.queryForList("select state_value from search_state where name = ?", String.class, name);
        return found.isEmpty() ? null : found.get(0);
    }

    void setState(String name, String value) {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("update search_state set state_value = ?, changed_at = ? where name = ?", value, now, name)
                == 0) {
            jdbc.update("insert into search_state (name, state_value, changed_at) values (?, ?, ?)", name, value, now);
        }
    }
}
