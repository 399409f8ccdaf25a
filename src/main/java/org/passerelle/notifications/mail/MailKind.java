package org.passerelle.notifications.mail;

/** What a mail holds: notifications told at once (one or coalesced), or a digest. */
public enum MailKind {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    /** A ready mail queued by another module ({@link org.passerelle.notifications.ReadyMails}), e.g. a newsletter. */
    READY
}
