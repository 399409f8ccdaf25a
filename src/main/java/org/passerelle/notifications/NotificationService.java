package org.passerelle.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.passerelle.notifications.domain.Notification;
import org.passerelle.notifications.domain.NotificationRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The signed-in person's notifications: the bell's count, the centre's pages, read marks. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    public static final int MAX_PAGE = 100;
    private final NotificationRepository notifications;
    private final NotificationReader reader;
    private final CurrentUser currentUser;
    private final Bell bell;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NotificationReader reader,
            CurrentUser currentUser,
            Bell bell,
            Clock clock) {
        this.notifications = notifications;
        this.reader = reader;
        this.currentUser = currentUser;
        this.bell = bell;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    @Transactional(readOnly = true)
    public long count() {
        return notifications.countByRecipientId(me());
    }

    /**
     * A page of the person's notifications, newest first: those older than {@code beforeId} (null for the
     * newest), at most {@code size} (bounded by {@link #MAX_PAGE}).
     */
    @Transactional(readOnly = true)
    public List<NotificationLine> page(Long beforeId, int size, Locale locale) {
        int bounded = Math.max(1, Math.min(size, MAX_PAGE));
        List<Notification> found =
                notifications.page(me(), beforeId == null ? Long.MAX_VALUE : beforeId, Limit.of(bounded));
        return reader.describe(found, locale);
    }

    /** The times the person was mentioned: how many are unread, and the newest (read or not). */
    public record Mentions(long unread, List<NotificationLine> newest) {}

    /** The person's mentions (people who wrote @their name), for the home's "mentions" block. */
    @Transactional(readOnly = true)
    public Mentions mentions(int size, Locale locale) {
        long me = me();
        int bounded = Math.max(1, Math.min(size, MAX_PAGE));
        long unread = notifications.countByRecipientIdAndCategoryAndReadAtIsNull(me, NotificationCategory.MENTIONS);
        List<Notification> newest = notifications.newestOf(me, NotificationCategory.MENTIONS, Limit.of(bounded));
        return new Mentions(unread, newest.isEmpty() ? List.of() : reader.describe(newest, locale));
    }

    /** Marks one of the person's notifications read; someone else's id changes nothing. */
    public void markRead(long notificationId) {
        long me = me();
        notifications
                .findById(notificationId)
                .filter(n -> n.getRecipientId() == me && n.getReadAt() == null)
                .ifPresent(n -> {
                    n.markRead(clock.instant());
                    ringAfterCommit(me);
                });
    }

    /** Marks all the person's notifications read; returns how many were unread. */
    public int markAllRead() {
        long me = me();
        int changed = notifications.markAllRead(me, clock.instant());
        if (changed > 0) {
            ringAfterCommit(me);
        }
        return changed;
    }

    private long me() {
        return currentUser.require().accountId();
    }

    /** Other screens of the person update their bell once the change is committed. */
    private void ringAfterCommit(long accountId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                bell.ring(accountId);
            }
        });
    }
}
