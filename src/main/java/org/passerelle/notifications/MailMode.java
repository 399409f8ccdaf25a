package org.passerelle.notifications;

/** How a person wants to hear of a category by e-mail (in the app they always do). */
public enum MailMode {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    OFF;

    public String messageKey() {
        return "notifications.mail-mode." + name();
    }
}
