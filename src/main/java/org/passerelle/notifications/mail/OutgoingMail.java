package org.passerelle.notifications.mail;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The outgoing mail as staff see it (the "outgoing mail" view): what was queued, newest first, its state and, when
 * no SMTP host is configured, the {@code .eml} file it was written to. Staff only: mails hold what their
 * recipients were told.
 */
@Service
public class OutgoingMail {

    private static final int PAGE_MAX = 200;

    private final MailQueue queue;
    private final MailDelivery delivery;

    OutgoingMail(MailQueue queue, MailDelivery delivery) {
        this.queue = queue;
        this.delivery = delivery;
    }

    @PreAuthorize("hasRole('STAFF')")
    public List<QueuedMail> newestFirst(int offset, int limit) {
        return queue.newestFirst(offset, Math.min(Math.max(1, limit), PAGE_MAX));
    }

    @PreAuthorize("hasRole('STAFF')")
    public int count() {
        return queue.count();
    }

    @PreAuthorize("hasRole('STAFF')")
    public Optional<QueuedMail> find(long id) {
        return queue.find(id);
    }

    /** True when mails are written as files (no {@code spring.mail.host}), false when they go to SMTP. */
    @PreAuthorize("hasRole('STAFF')")
    public boolean writesFiles() {
        return delivery.writesFiles();
    }
}
