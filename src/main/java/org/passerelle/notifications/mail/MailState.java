package org.passerelle.notifications.mail;

/** Where a queued mail stands. */
public enum MailState {
    /** Waiting to be sent (at once, or after {@code next_attempt_at} when retried). */
    QUEUED,
    /** Claimed by a node, committed before the SMTP conversation starts. */
    SENDING,
    /** Accepted by the SMTP server (or written as a file). */
    SENT,
    /** Every attempt failed; not tried again. */
    FAILED,
    /** The address cannot be parsed or the server refused the recipient; never retried. */
    INVALID_ADDRESS,
    /** Its node stopped during the SMTP conversation: it may or may not have gone out; never resent. */
    UNCERTAIN;

    public String messageKey() {
        return "mail.state." + name();
    }
}
