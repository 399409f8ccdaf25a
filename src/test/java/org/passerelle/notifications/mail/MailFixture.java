package org.passerelle.notifications.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.Topic;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spaces to be told about, and notifications written as the fan-out writes them (one event, one row per
 * recipient, PENDING unless the mode is OFF), straight into the tables.
 */
final class MailFixture {

    private final JdbcTemplate jdbc;
    private final TestAccounts accounts;
    long openSpace;
    long otherSpace;
    long privateSpace;

    MailFixture(JdbcTemplate jdbc, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    MailFixture spaces(SpaceService spaces) {
        accounts.signIn(TestAccounts.STAFF);
        try {
            openSpace = spaces.create(new SpaceForm(
                            "Rwanda — health", "Rwanda — santé", null, null, Stage.ENGAGE, AccessMode.OPEN))
                    .id();
            otherSpace = spaces.create(new SpaceForm(
                            "Benin — schools", "Bénin — écoles", null, null, Stage.ENGAGE, AccessMode.OPEN))
                    .id();
            privateSpace = spaces.create(new SpaceForm(
                            "Staff room", "Salle du personnel", null, null, Stage.ENABLE, AccessMode.PRIVATE))
                    .id();
        } finally {
            TestAccounts.signOut();
        }
        return this;
    }

    /** A notification about a space, for one person, written now. */
    long notify(TestAccounts.Person recipient, Topic topic, long spaceId, MailMode mode) {
        return notify(accounts.idOf(recipient), topic, spaceId, mode, Instant.now());
    }

    long notify(long recipientId, Topic topic, long spaceId, MailMode mode, Instant at) {
        return notify(recipientId, topic, org.passerelle.base.SubjectRef.space(spaceId), spaceId, mode, at);
    }

    /** A notification about any subject (a proposal, a session…) in a space. */
    long notify(
            long recipientId,
            Topic topic,
            org.passerelle.base.SubjectRef subject,
            long spaceId,
            MailMode mode,
            Instant at) {
        var timestamp = at.atOffset(ZoneOffset.UTC);
        long event = insert(
                "insert into notification_event (topic, subject_kind, subject_id, space_id, created_at, attempts,"
                        + " next_attempt_at, processed_at) values (?, ?, ?, ?, ?, 0, ?, ?)",
                topic.name(),
                subject.kind().name(),
                subject.id(),
                spaceId,
                timestamp,
                timestamp,
                timestamp);
        return insert(
                "insert into notification (event_id, recipient_id, topic, category, subject_kind, subject_id,"
                        + " space_id, created_at, mail_mode, mail_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event,
                recipientId,
                topic.name(),
                topic.category().name(),
                subject.kind().name(),
                subject.id(),
                spaceId,
                timestamp,
                mode.name(),
                mode == MailMode.OFF ? "NONE" : "PENDING");
    }

    private long insert(String sql, Object... args) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    String mailState(long notificationId) {
        return jdbc.queryForObject("select mail_state from notification where id = ?", String.class, notificationId);
    }

    int queued() {
        return jdbc.queryForObject("select count(*) from mail_queue", Integer.class);
    }
}
