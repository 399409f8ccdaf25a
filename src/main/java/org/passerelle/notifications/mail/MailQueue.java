package org.passerelle.notifications.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail queue table. A sending node claims due rows with {@code SELECT … FOR UPDATE SKIP LOCKED} (H2 2.4 and
 * PostgreSQL both have it): two nodes never claim the same row, and a node never waits for another's rows. The
 * claim is committed (state SENDING) before the SMTP conversation, the outcome in a transaction of its own.
 */
@Component
class MailQueue {

    private static final int ERROR_MAX = 500;
    private static final String COLUMNS = "id, recipient_id, to_address, kind, subject, text_body, html_body,"
            + " list_unsubscribe, state, attempts, created_at, sent_at, file_name, last_error";

    private final JdbcTemplate jdbc;

    MailQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a mail in the caller's transaction (the one that marks its notifications mailed). The recipient is an
     * account, or {@code null} for a ready mail to an address without one (a newsletter's contact).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long add(Long recipientId, String to, MailKind kind, RenderedMail mail, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into mail_queue (recipient_id, to_address, kind, subject, text_body, html_body,"
                                    + " list_unsubscribe, state, attempts, created_at, next_attempt_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)",
                            new String[] {"id"});
                    statement.setObject(1, recipientId, java.sql.Types.BIGINT);
                    statement.setString(2, to);
                    statement.setString(3, kind.name());
                    statement.setString(4, mail.subject());
                    statement.setString(5, mail.text());
                    statement.setString(6, mail.html());
                    statement.setString(7, mail.listUnsubscribe());
                    statement.setObject(8, at(now));
                    statement.setObject(9, at(now));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    /**
     * Claims up to {@code max} due mails for this node and commits them as SENDING, so that a node that stops
     * in the middle of the SMTP conversation leaves a row that says so.
     */
    @Transactional
    List<QueuedMail> claim(int max, Instant now) {
        List<Long> ids = jdbc.queryForList(
                "select id from mail_queue where state = 'QUEUED' and next_attempt_at <= ? order by id"
                        + " fetch first " + Math.max(1, max) + " rows only for update skip locked",
                Long.class,
                at(now));
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = placeholders(ids.size());
        Object[] args = new Object[ids.size() + 1];
        args[0] = at(now);
        for (int i = 0; i < ids.size(); i++) {
            args[i + 1] = ids.get(i);
        }
        jdbc.update(
                "update mail_queue set state = 'SENDING', claimed_at = ?, attempts = attempts + 1" + " where id in ("
                        + in + ")",
                args);
        return jdbc.query(
                "select " + COLUMNS + " from mail_queue where id in (" + in + ") order by id", ROW, ids.toArray());
    }

    @Transactional
    void sent(long id, Instant now, String fileName) {
        jdbc.update(
                "update mail_queue set state = 'SENT', sent_at = ?, file_name = ?, last_error = null"
                        + " where id = ? and state = 'SENDING'",
                at(now),
                fileName,
                id);
    }

    /** A failure that may pass (server down, timeout): tried again after a doubling delay, or given up. */
    @Transactional
    void failed(QueuedMail mail, String error, Instant now, int maxAttempts, Duration firstDelay) {
        if (mail.attempts() >= maxAttempts) {
            end(mail.id(), MailState.FAILED, error);
            return;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(mail.attempts() - 1, 16));
        jdbc.update(
                "update mail_queue set state = 'QUEUED', claimed_at = null, next_attempt_at = ?, last_error = ?"
                        + " where id = ? and state = 'SENDING'",
                at(now.plus(delay)),
                cut(error),
                mail.id());
    }

    /** Gives claimed mails back untried (the server is down: the rest of the round waits for the next one). */
    @Transactional
    void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(
                "update mail_queue set state = 'QUEUED', claimed_at = null, attempts = attempts - 1"
                        + " where state = 'SENDING' and id in (" + placeholders(ids.size()) + ")",
                ids.toArray());
    }

    @Transactional
    void invalidAddress(long id, String error) {
        end(id, MailState.INVALID_ADDRESS, error);
    }

    /**
     * Rows still SENDING whose claim is older than the timeout were abandoned by a node that stopped during the
     * SMTP conversation: the mail may have gone out, so it is marked UNCERTAIN and never sent again.
     */
    @Transactional
    int abandonStaleClaims(Instant now, Duration claimTimeout) {
        return jdbc.update(
                "update mail_queue set state = 'UNCERTAIN', last_error = 'abandoned while sending'"
                        + " where state = 'SENDING' and claimed_at < ?",
                at(now.minus(claimTimeout)));
    }

    /** Immediate mails queued for the person since the instant (the throttle). */
    @Transactional(readOnly = true)
    int immediateSince(long recipientId, Instant since) {
        Integer count = jdbc.queryForObject(
                "select count(*) from mail_queue where recipient_id = ? and kind = 'IMMEDIATE' and created_at > ?",
                Integer.class,
                recipientId,
                at(since));
        return count == null ? 0 : count;
    }

    @Transactional(readOnly = true)
    List<QueuedMail> newestFirst(int offset, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from mail_queue order by id desc offset " + Math.max(0, offset)
                        + " rows fetch next " + Math.max(1, limit) + " rows only",
                ROW);
    }

    @Transactional(readOnly = true)
    int count() {
        Integer count = jdbc.queryForObject("select count(*) from mail_queue", Integer.class);
        return count == null ? 0 : count;
    }

    @Transactional(readOnly = true)
    java.util.Optional<QueuedMail> find(long id) {
        return jdbc.query("select " + COLUMNS + " from mail_queue where id = ?", ROW, id).stream()
                .findFirst();
    }

    private void end(long id, MailState state, String error) {
        jdbc.update(
                "update mail_queue set state = ?, last_error = ? where id = ? and state = 'SENDING'",
                state.name(),
                cut(error),
                id);
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String cut(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    }

    private static final RowMapper<QueuedMail> ROW = MailQueue::row;

    private static QueuedMail row(ResultSet rs, int rowNum) throws SQLException {
        return new QueuedMail(
                rs.getLong("id"),
                rs.getLong("recipient_id"),
                rs.getString("to_address"),
                MailKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                rs.getString("list_unsubscribe"),
                MailState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"),
                rs.getString("file_name"),
                rs.getString("last_error"));
    }

    /** Instants go to and come from {@code timestamp with time zone} as UTC offsets (no JVM time zone involved). */
    static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
