package org.passerelle.notifications;

import java.util.Optional;
import org.passerelle.notifications.mail.ReadyMailQueue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails another module wrote itself (the newsletter), sent through the same durable queue as notifications: queued
 * in the caller's transaction, sent by the mail jobs, retried, never lost. Also the signed links such a mail
 * needs: an account's unsubscribe link for a category (the existing unsubscribe page), and tokens signed with the
 * unsubscribe key for the caller's own links. No authorisation here: the caller's service decides who may send.
 */
@Service
public class ReadyMails {

    private final ReadyMailQueue queue;

    ReadyMails(ReadyMailQueue queue) {
        this.queue = queue;
    }

    /**
     * Queues a finished mail in the caller's transaction.
     *
     * @param accountId the recipient's account, or {@code null} for an address without an account
     * @param listUnsubscribe the {@code List-Unsubscribe} header ({@code <https://…>}), or {@code null}
     * @return the queued mail's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Long accountId, String to, String subject, String text, String html, String listUnsubscribe) {
        return queue.add(accountId, to, subject, text, html, listUnsubscribe);
    }

    /** The absolute unsubscribe link that turns this category off for the account (works without signing in). */
    public String unsubscribeLink(long accountId, NotificationCategory category) {
        return queue.unsubscribeLink(accountId, category);
    }

    /** The absolute address of a path of the application ({@code passerelle.mail.base-url}). */
    public String link(String path) {
        return queue.link(path);
    }

    /** A token that carries the value, signed with the unsubscribe key, valid for this purpose only. */
    public String sign(String purpose, String value) {
        return queue.sign(purpose, value);
    }

    /** The value of a token signed for this purpose; empty when tampered with or made for another purpose. */
    public Optional<String> read(String purpose, String token) {
        return queue.read(purpose, token);
    }
}
