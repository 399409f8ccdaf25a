package org.passerelle.notifications.mail;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.MailRecipient;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.domain.Notification;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts pending notifications into mails, each person's in one transaction that queues the mail and marks its
 * notifications MAILED together (so a notification is mailed once, even with two nodes composing: the second
 * finds them taken and rolls back). Composed as the recipient, so texts and titles are what they may see now, in
 * their language; a disabled or deleted person's pending notifications are closed, never mailed.
 *
 * <p>Immediate notifications of a person are coalesced into one mail per round and throttled: at most
 * {@code passerelle.mail.immediate-per-hour} immediate mails per person and hour; beyond that they wait, and the
 * daily digest takes whatever is still waiting. A digest takes the person's pending notifications of its mode.
 */
@Component
class MailComposer {

    private static final Logger log = LoggerFactory.getLogger(MailComposer.class);
    /** Notifications in one mail at most; the rest go in the next one. */
    static final int PER_MAIL = 500;
    /** People handled per round of a job (the next round takes the others). */
    private static final int PEOPLE_PER_ROUND = 5000;

    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final AccountService accounts;
    private final RunAs runAs;
    private final MailLines lines;
    private final MailWriter writer;
    private final MailQueue queue;
    private final MailProperties properties;
    private final TransactionTemplate transaction;

    MailComposer(
            JdbcTemplate jdbc,
            EntityManager entities,
            AccountService accounts,
            RunAs runAs,
            MailLines lines,
            MailWriter writer,
            MailQueue queue,
            MailProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.accounts = accounts;
        this.runAs = runAs;
        this.lines = lines;
        this.writer = writer;
        this.queue = queue;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One round of immediate mails; returns the number of mails queued. */
    int composeImmediate(Instant now) {
        return compose(MailKind.IMMEDIATE, List.of(MailMode.IMMEDIATE), now);
    }

    /** A digest for everyone with pending notifications of its mode (the daily one also takes throttled ones). */
    int composeDigest(MailKind kind, Instant now) {
        List<MailMode> modes = switch (kind) {
            case DAILY -> List.of(MailMode.DAILY, MailMode.IMMEDIATE);
            case WEEKLY -> List.of(MailMode.WEEKLY);
            case IMMEDIATE, READY -> throw new IllegalArgumentException("not a digest");
        };
        return compose(kind, modes, now);
    }

    private int compose(MailKind kind, List<MailMode> modes, Instant now) {
        closeTurnedOff();
        List<Long> people = jdbc.queryForList(
                "select distinct recipient_id from notification where mail_state = 'PENDING' and mail_mode in ("
                        + modes(modes) + ") and created_at <= ? fetch first " + PEOPLE_PER_ROUND + " rows only",
                Long.class,
                MailQueue.at(now));
        if (people.isEmpty()) {
            return 0;
        }
        Map<Long, MailRecipient> recipients = accounts.mailRecipients(people);
        List<Long> reachable = new ArrayList<>();
        for (Long id : people) {
            MailRecipient recipient = recipients.get(id);
            if (recipient == null || !recipient.enabled()) {
                closePending(id);
            } else {
                reachable.add(id);
            }
        }
        int[] queued = {0};
        runAs.asEach(reachable, person -> {
            try {
                Boolean done =
                        transaction.execute(status -> composeFor(recipients.get(person.accountId()), kind, modes, now));
                queued[0] += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (TakenMeanwhile | org.springframework.dao.PessimisticLockingFailureException conflict) {
                // another node composed (or is composing) this person's mail: its transaction wins
                log.debug("Notifications of {} taken by another node: {}", person.accountId(), conflict.toString());
            } catch (RuntimeException failure) {
                log.warn("Mail for account {} not composed, tried again next round", person.accountId(), failure);
            }
        });
        return queued[0];
    }

    /** In the recipient's transaction and security context; true when a mail was queued. */
    private boolean composeFor(MailRecipient recipient, MailKind kind, List<MailMode> modes, Instant now) {
        if (kind == MailKind.IMMEDIATE
                && queue.immediateSince(recipient.id(), now.minus(Duration.ofHours(1)))
                        >= properties.immediatePerHour()) {
            return false;
        }
        List<Long> ids = jdbc.queryForList(
                "select id from notification where recipient_id = ? and mail_state = 'PENDING' and mail_mode in ("
                        + modes(modes) + ") and created_at <= ? order by id fetch first " + PER_MAIL + " rows only",
                Long.class,
                recipient.id(),
                MailQueue.at(now));
        if (ids.isEmpty()) {
            return false;
        }
        Object[] args = ids.toArray();
        int taken = jdbc.update(
                "update notification set mail_state = 'MAILED' where mail_state = 'PENDING' and id in ("
                        + MailQueue.placeholders(ids.size()) + ")",
                args);
        if (taken != ids.size()) {
            throw new TakenMeanwhile();
        }
        List<Notification> items = entities.createQuery(
                        "select n from Notification n where n.id in :ids order by n.id", Notification.class)
                .setParameter("ids", ids)
                .getResultList();
        var locale = MailWriter.locale(recipient);
        List<MailLine> described = lines.describe(items, locale);
        List<MailLine> shown = described.stream().filter(MailLine::available).toList();
        List<Long> gone = described.stream()
                .filter(line -> !line.available())
                .map(MailLine::notificationId)
                .toList();
        if (!gone.isEmpty()) {
            // no longer theirs to see: told in the app ("no longer available"), not mailed
            jdbc.update(
                    "update notification set mail_state = 'NONE' where id in (" + MailQueue.placeholders(gone.size())
                            + ")",
                    gone.toArray());
        }
        if (shown.isEmpty()) {
            return false;
        }
        Map<SubjectRef, String> titles = Map.of();
        if (kind != MailKind.IMMEDIATE) {
            // a digest's headings: the spaces, and within them the subjects (a proposal, a session…)
            Set<SubjectRef> named = new HashSet<>();
            shown.forEach(line -> {
                if (line.spaceId() != null) {
                    named.add(SubjectRef.space(line.spaceId()));
                }
                if (line.subject().kind() != SubjectKind.SPACE) {
                    named.add(line.subject());
                }
            });
            titles = named.isEmpty() ? Map.of() : lines.titles(named, locale);
        }
        RenderedMail mail = writer.write(recipient, kind, shown, titles);
        queue.add(recipient.id(), recipient.email(), kind, mail, now);
        return true;
    }

    /**
     * A category the person turned off after its notifications were written (in the profile, or by an unsubscribe
     * link) is not mailed either: one statement for everyone.
     */
    private void closeTurnedOff() {
        transaction.executeWithoutResult(status -> jdbc.update(
                "update notification set mail_state = 'NONE' where mail_state = 'PENDING' and exists (select 1 from"
                        + " notification_preference p where p.account_id = notification.recipient_id"
                        + " and p.category = notification.category and p.mail_mode = 'OFF')"));
    }

    /** A disabled or deleted person is sent nothing: their waiting notifications are closed. */
    private void closePending(long recipientId) {
        transaction.executeWithoutResult(status -> jdbc.update(
                "update notification set mail_state = 'NONE' where recipient_id = ? and mail_state = 'PENDING'",
                recipientId));
    }

    private static String modes(List<MailMode> modes) {
        // enum names only, never input: safe to inline
        return String.join(
                ", ", modes.stream().map(mode -> "'" + mode.name() + "'").toList());
    }

    /** Another node marked some of these notifications meanwhile: this transaction rolls back. */
    static final class TakenMeanwhile extends RuntimeException {
        TakenMeanwhile() {
            super("notifications taken meanwhile", null, false, false);
        }
    }
}
