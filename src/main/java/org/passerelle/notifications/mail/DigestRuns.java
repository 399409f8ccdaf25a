package org.passerelle.notifications.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.base.TimeZones;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When digests are due, and that each period's run happens once: a run is a row whose primary key names the period
 * ({@code DAILY 2026-12-03}, {@code WEEKLY 2026-W49}); the node that inserts it runs the digest, a second node or a
 * restarted one finds it and does nothing. A run due while the application was down happens at the next start.
 */
@Component
class DigestRuns {

    /** A digest to run now. */
    record Due(MailKind kind, String key) {}

    private final JdbcTemplate jdbc;
    private final MailProperties properties;
    private final TransactionTemplate ownTransaction;

    DigestRuns(JdbcTemplate jdbc, MailProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The daily run of today once its time has passed, and the weekly run of this week once its day has come. */
    List<Due> due(Instant now) {
        ZonedDateTime local = now.atZone(TimeZones.OFFICE);
        List<Due> due = new ArrayList<>();
        LocalDate today = local.toLocalDate();
        boolean pastTime = !local.toLocalTime().isBefore(properties.dailyAt());
        if (pastTime) {
            due.add(new Due(MailKind.DAILY, "DAILY " + today));
        }
        LocalDate weekly = today.with(TemporalAdjusters.previousOrSame(properties.weeklyOn()));
        if (!weekly.equals(today) || pastTime) {
            due.add(new Due(
                    MailKind.WEEKLY,
                    "WEEKLY " + weekly.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                            + String.format("%02d", weekly.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
        }
        return due;
    }

    /** True for the one caller (of every node, ever) that may run this period's digest. */
    boolean start(String key, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into mail_digest_run (run_key, started_at) values (?, ?)", key, MailQueue.at(now)));
            return true;
        } catch (DataIntegrityViolationException alreadyRun) {
            return false;
        }
    }

    void finish(String key, Instant now, int mails) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update mail_digest_run set finished_at = ?, mails = ? where run_key = ?",
                MailQueue.at(now),
                mails,
                key));
    }

    /** Whether the run happened (or is happening). */
    boolean known(String key) {
        return !jdbc.queryForList("select run_key from mail_digest_run where run_key = ?", String.class, key)
                .isEmpty();
    }
}
