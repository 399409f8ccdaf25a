package org.passerelle.notifications;

/**
 * What a person can choose to hear of by e-mail, each with its default: ballots and mentions at once (they
 * have deadlines or name the person), the rest in the daily digest; the newsletter off (consent required).
 */
public enum NotificationCategory {
    BALLOTS(MailMode.IMMEDIATE),
    BALLOT_REMINDERS(MailMode.IMMEDIATE),
    MY_PROPOSALS(MailMode.DAILY),
    REVIEW_ANSWERS(MailMode.DAILY),
    NEW_PROPOSALS(MailMode.DAILY),
    MENTIONS(MailMode.IMMEDIATE),
    REPLIES(MailMode.DAILY),
    MODERATION(MailMode.DAILY),
    INVITATIONS(MailMode.DAILY),
    SESSIONS(MailMode.DAILY),
    SESSION_REMINDERS(MailMode.DAILY),
    ACTION_ITEMS(MailMode.DAILY),
    DOCUMENTS(MailMode.DAILY),
    /**
     * The newsletter (sent by staff, not a notification): off until the person turns it on, which is their
     * consent to receive it; any other mode than OFF means "send it to me".
     */
    NEWSLETTER(MailMode.OFF);

    private final MailMode defaultMode;

    NotificationCategory(MailMode defaultMode) {
        this.defaultMode = defaultMode;
    }

    public MailMode defaultMode() {
        return defaultMode;
    }

    public String messageKey() {
        return "notifications.category." + name();
    }
}
