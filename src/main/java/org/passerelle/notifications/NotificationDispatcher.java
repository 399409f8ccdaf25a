package org.passerelle.notifications;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access.Right;
import org.passerelle.base.BackgroundWorker;
import org.passerelle.base.SubjectAccess;
import org.passerelle.notifications.domain.Notification;
import org.passerelle.notifications.domain.NotificationRepository;
import org.passerelle.notifications.domain.OutboxEntry;
import org.passerelle.notifications.domain.OutboxRepository;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fans the outbox out into notifications, after the commit: who is concerned ({@link Audiences}), minus the
 * person who acted and those already told, minus those who may not see the subject — asked of the access
 * contract as each of them — each with their e-mail choice. One event at a time, each in its own transaction
 * that holds the event's row lock ({@code FOR UPDATE SKIP LOCKED}): two nodes, or a wake-up and the periodic
 * sweep, never fan the same event out twice, and the unique key (event, recipient) backs that up. Events left
 * over when the application stopped are taken up at start and by the sweep.
 */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final NotificationRepository notifications;
    private final Audiences audiences;
    private final NotificationSettings settings;
    private final SubjectAccess subjects;
    private final RunAs runAs;
    private final Bell bell;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final BackgroundWorker worker = new BackgroundWorker("notifications", this::drainLogged);

    NotificationDispatcher(
            OutboxRepository outbox,
            NotificationRepository notifications,
            Audiences audiences,
            NotificationSettings settings,
            SubjectAccess subjects,
            RunAs runAs,
            Bell bell,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.audiences = audiences;
        this.settings = settings;
        this.subjects = subjects;
        this.runAs = runAs;
        this.bell = bell;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Called after an event was committed to the outbox: fans out on the module's own thread, so the person who
     * acted does not wait — and so that the fan-out never needs a second database connection while the
     * caller's transaction still holds its own (it does until after its commit callbacks).
     */
    void wake() {
        worker.wake();
    }

    /** Waits until every fan-out woken so far is written (for tests); false when the time ran out. */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        return worker.awaitIdle(timeout);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        wake();
    }

    @Scheduled(
            initialDelayString = "${passerelle.notifications.sweep-interval:PT30S}",
            fixedDelayString = "${passerelle.notifications.sweep-interval:PT30S}")
    void sweep() {
        drainLogged();
    }

    private void drainLogged() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Notifications could not be fanned out; the next sweep retries", e);
        }
    }

    /** Fans out every event that is due; returns how many notifications were written. */
    public int drain() {
        int written = 0;
        List<Long> due;
        do {
            due = newTransaction.execute(status -> outbox.pendingIds(clock.instant(), Limit.of(BATCH)));
            for (Long id : due) {
                written += fanOutOne(id);
            }
        } while (due.size() == BATCH);
        return written;
    }

    private int fanOutOne(long eventId) {
        List<Long> told;
        try {
            told = newTransaction.execute(status -> {
                List<Long> locked = jdbc.queryForList(
                        "select id from notification_event where id = ? and processed_at is null"
                                + " for update skip locked",
                        Long.class,
                        eventId);
                if (locked.isEmpty()) {
                    return List.<Long>of(); // done meanwhile, or being done by another node
                }
                OutboxEntry event = outbox.findById(eventId).orElseThrow();
                List<Long> recipients = fanOut(event);
                event.processed(clock.instant());
                return recipients;
            });
        } catch (RuntimeException failed) {
            log.warn("Fanning out notification event {} failed; retried later", eventId, failed);
            newTransaction.executeWithoutResult(status ->
                    outbox.findById(eventId).ifPresent(event -> event.failed(String.valueOf(failed), clock.instant())));
            return 0;
        }
        told.forEach(bell::ring);
        return told.size();
    }

    private List<Long> fanOut(OutboxEntry event) {
        Set<Long> candidates = audiences.of(event);
        if (event.getActorId() != null) {
            candidates.remove(event.getActorId());
        }
        notifications.recipientsOf(event.getId()).forEach(candidates::remove);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Topic topic = event.getTopic();
        Right gate = Audiences.gate(topic);
        Map<Long, MailMode> modes = settings.modesOf(candidates, topic.category());
        List<Notification> written = new ArrayList<>();
        runAs.asEach(candidates, person -> {
            if (gate == null || subjects.may(event.subject(), gate)) {
                written.add(
                        new Notification(event, person.accountId(), modes.get(person.accountId()), clock.instant()));
            }
        });
        insertAll(written);
        return written.stream().map(Notification::getRecipientId).toList();
    }

    /** One JDBC batch for all recipients (an insert each through JPA would be one round-trip each). */
    private void insertAll(List<Notification> written) {
        jdbc.batchUpdate(
                "insert into notification (event_id, recipient_id, topic, category, actor_id, subject_kind, subject_id,"
                        + " space_id, detail, created_at, mail_mode, mail_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                written,
                written.size(),
                (statement, n) -> {
                    statement.setLong(1, n.getEventId());
                    statement.setLong(2, n.getRecipientId());
                    statement.setString(3, n.getTopic().name());
                    statement.setString(4, n.getCategory().name());
                    statement.setObject(5, n.getActorId(), java.sql.Types.BIGINT);
                    statement.setString(6, n.subject().kind().name());
                    statement.setLong(7, n.subject().id());
                    statement.setObject(8, n.getSpaceId(), java.sql.Types.BIGINT);
                    statement.setString(9, n.getDetail());
                    statement.setTimestamp(10, java.sql.Timestamp.from(n.getCreatedAt()));
                    statement.setString(11, n.getMailMode().name());
                    statement.setString(12, n.getMailState().name());
                });
    }

    @PreDestroy
    void stop() {
        worker.stop();
    }
}
