package org.passerelle.bench.live;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The people and threads of the benchmark, written into the app's fresh H2 database while the app is stopped
 * (after a first start made the schema and the demo data): {@code count} board members of the demo space
 * "Rwanda — health and TVET" (whose thread the posts go to, seeded with a few messages so its list shows) who
 * also take part in "Women's associations" (whose thread is given {@code longThread} messages). Their password
 * is the demo password, hashed as the app hashes it.
 */
final class BenchPeople {

    static final String PASSWORD = "Passerelle-demo-2026";
    static final String FAN_OUT_SPACE = "Rwanda — health and TVET";
    static final String LONG_THREAD_SPACE = "Women's associations";

    record Seeded(long fanOutSpaceId, long longThreadSpaceId, int fanOutMessages, long proposalId) {}

    private BenchPeople() {}

    static String email(int i) {
        return "bench%03d@passerelle.bench".formatted(i);
    }

    static Seeded seed(Path dataDir, int count, int fanOutMessages, int longThread) throws Exception {
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("passerelle") + ";AUTO_SERVER=FALSE", "sa", "")) {
            return seed(db, count, fanOutMessages, longThread);
        }
    }

    /** The same into any database with the app's schema and demo data (H2 or PostgreSQL). */
    static Seeded seed(Connection db, int count, int fanOutMessages, int longThread) throws Exception {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        db.setAutoCommit(false);
        long fanOutSpace = id(db, "select id from space where title_en = ?", FAN_OUT_SPACE);
        long longSpace = id(db, "select id from space where title_en = ?", LONG_THREAD_SPACE);
        long proposal = id(db, "select min(id) from proposal where space_id = ? and state = 'SUBMITTED'", fanOutSpace);
        long[] people = new long[count];
        try (PreparedStatement account = db.prepareStatement(
                        "insert into account (email, display_name, password_hash, enabled, language,"
                                + " must_change_password, created_at, updated_at, version)"
                                + " values (?, ?, ?, true, 'en', false, ?, ?, 0)",
                        idColumn(db));
                PreparedStatement role =
                        db.prepareStatement("insert into account_role (account_id, role) values (?, 'BOARD_MEMBER')");
                PreparedStatement member = db.prepareStatement(
                        "insert into space_member (space_id, account_id, role, joined_at) values (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                account.setString(1, email(i));
                account.setString(2, "Bench Person %03d".formatted(i));
                account.setString(3, hash);
                account.setTimestamp(4, now);
                account.setTimestamp(5, now);
                account.executeUpdate();
                try (ResultSet key = account.getGeneratedKeys()) {
                    key.next();
                    people[i] = key.getLong(1);
                }
                role.setLong(1, people[i]);
                role.executeUpdate();
                for (Object[] space : new Object[][] {{fanOutSpace, "BOARD_MEMBER"}, {longSpace, "PARTICIPANT"}}) {
                    member.setLong(1, (Long) space[0]);
                    member.setLong(2, people[i]);
                    member.setString(3, (String) space[1]);
                    member.setTimestamp(4, now);
                    member.executeUpdate();
                }
            }
        }
        messages(db, thread(db, fanOutSpace, now), people, fanOutMessages, now);
        messages(db, thread(db, longSpace, now), people, longThread, now);
        db.commit();
        return new Seeded(fanOutSpace, longSpace, fanOutMessages, proposal);
    }

    /**
     * Further pages of the demo data a board member of the space may open: a call, a co-creation session and a
     * current document (of the space, else of the proposal), each the first found; absent when there is none.
     */
    static java.util.Map<String, Long> pages(Path dataDir, Seeded seeded) throws Exception {
        java.util.Map<String, Long> pages = new java.util.LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("passerelle") + ";AUTO_SERVER=FALSE", "sa", "")) {
            long space = seeded.fanOutSpaceId();
            first(db, "select min(id) from call_for_proposals where space_id = ?", space)
                    .or(() -> first(db, "select min(id) from call_for_proposals", null))
                    .ifPresent(id -> pages.put("call", id));
            first(db, "select min(id) from cocreation_session where space_id = ?", space)
                    .or(() -> first(db, "select min(id) from cocreation_session", null))
                    .ifPresent(id -> pages.put("session", id));
            first(db, "select min(id) from document where is_current and owner_type = 'SPACE' and owner_id = ?", space)
                    .or(() -> first(
                            db,
                            "select min(id) from document where is_current and owner_type = 'PROPOSAL' and owner_id = ?",
                            seeded.proposalId()))
                    .ifPresent(id -> pages.put("document", id));
        }
        return pages;
    }

    private static java.util.Optional<Long> first(Connection db, String sql, Object parameter) {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getObject(1) != null
                        ? java.util.Optional.of(row.getLong(1))
                        : java.util.Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The space's thread, made as the app makes it on first opening when it does not exist yet. */
    private static long thread(Connection db, long spaceId, Timestamp now) throws Exception {
        try (PreparedStatement find = db.prepareStatement(
                "select id from discussion_thread where subject_type = 'SPACE' and subject_id = ?")) {
            find.setLong(1, spaceId);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "insert into discussion_thread (subject_type, subject_id, space_id, locked, created_at, version)"
                        + " values ('SPACE', ?, ?, false, ?, 0)",
                idColumn(db))) {
            insert.setLong(1, spaceId);
            insert.setLong(2, spaceId);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void messages(Connection db, long threadId, long[] authors, int count, Timestamp now)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into discussion_message (thread_id, author_id, body, created_at, deleted, hidden, auto_hidden,"
                        + " version) values (?, ?, ?, ?, false, false, false, 0)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, threadId);
                insert.setLong(2, authors[i % authors.length]);
                insert.setString(
                        3,
                        "Message " + (i + 1) + " of the benchmark: who can bring the training material to the"
                                + " health centre next month, and which association keeps the budget?");
                insert.setTimestamp(4, Timestamp.from(now.toInstant().minusSeconds(60L * (count - i))));
                insert.executeUpdate();
            }
        }
    }

    /** The generated key to read back, named as the database stores names (H2 upper case, PostgreSQL lower). */
    private static String[] idColumn(Connection db) throws Exception {
        return new String[] {db.getMetaData().storesUpperCaseIdentifiers() ? "ID" : "id"};
    }

    private static long id(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getObject(1) == null) {
                    throw new IllegalStateException("The demo data has nothing for: " + sql + " " + parameter);
                }
                return row.getLong(1);
            }
        }
    }
}
