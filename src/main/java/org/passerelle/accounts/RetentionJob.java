package org.passerelle.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (GDPR): once a day, erases the accounts disabled for longer than {@code
 * passerelle.accounts.erase-disabled-after} (unset: never). Each account is erased in its own transaction that first
 * takes its row lock ({@code FOR UPDATE SKIP LOCKED}) and checks it is still not erased, so two nodes running the job
 * at once erase each account once; a failure leaves that account for the next day and goes on with the others.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PrivacyProperties properties;
    private final org.passerelle.accounts.domain.AccountRepository accounts;
    private final AccountErasure erasure;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionJob(
            PrivacyProperties properties,
            org.passerelle.accounts.domain.AccountRepository accounts,
            AccountErasure erasure,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.erasure = erasure;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${passerelle.accounts.retention-interval:P1D}",
            fixedDelayString = "${passerelle.accounts.retention-interval:P1D}")
    void daily() {
        try {
            eraseDue();
        } catch (RuntimeException e) {
            log.warn("The retention job failed; it runs again tomorrow", e);
        }
    }

    /** Erases the accounts due; returns how many this run erased (0 when retention is off). */
    int eraseDue() {
        if (properties.eraseDisabledAfter() == null
                || properties.eraseDisabledAfter().isZero()) {
            return 0;
        }
        Instant cutoff = ZonedDateTime.now(clock.withZone(TimeZones.OFFICE))
                .minus(properties.eraseDisabledAfter())
                .toInstant();
        List<Long> due = transaction.execute(status -> accounts.disabledBefore(cutoff));
        int erased = 0;
        for (long id : due) {
            try {
                Boolean done = transaction.execute(status -> {
                    List<Long> mine = jdbc.queryForList(
                            "select id from account where id = ? and erased_at is null and enabled = false"
                                    + " for update skip locked",
                            Long.class,
                            id);
                    if (mine.isEmpty()) {
                        return false; // erased meanwhile, or being erased by another node
                    }
                    erasure.eraseDisabled(id);
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    erased++;
                }
            } catch (UserFacingException | org.springframework.dao.DataAccessException e) {
                log.warn("Account {} could not be erased by the retention job; tried again tomorrow", id, e);
            }
        }
        if (erased > 0) {
            log.info("Retention: {} accounts disabled since before {} erased", erased, cutoff);
        }
        return erased;
    }
}
