package org.passerelle.notifications.domain;

/** Where a notification stands for e-mail. */
public enum MailState {
    /** Not to be mailed (the person chose "off" for its category). */
    NONE,
    /** To be mailed: at once or in the next digest, as its mode says. */
    PENDING,
    /** Mailed (alone or in a digest). */
    MAILED
}
