package org.passerelle.notifications;

import static org.passerelle.notifications.NotificationCategory.*;

/**
 * What happened, as a notification says it ({@code notifications.topic.<NAME>} in the bundles, with the
 * subject's title as {0} and the actor's name as {1}), and the category a person sets it by.
 */
public enum Topic {
    BALLOT_OPENED(BALLOTS),
    BALLOT_CLOSING(BALLOT_REMINDERS),
    BALLOT_CLOSED(BALLOTS),
    REVIEW_QUESTION_ASKED(MY_PROPOSALS),
    REVISION_REQUESTED(MY_PROPOSALS),
    PROPOSAL_DECIDED(MY_PROPOSALS),
    PROPOSAL_MOVED(MY_PROPOSALS),
    COAUTHOR_ADDED(MY_PROPOSALS),
    REVIEW_QUESTION_ANSWERED(REVIEW_ANSWERS),
    PROPOSAL_SUBMITTED(NEW_PROPOSALS),
    MENTIONED(MENTIONS),
    REPLIED(REPLIES),
    MESSAGE_REPORTED(MODERATION),
    SPACE_INVITATION(INVITATIONS),
    ASSOCIATION_INVITATION(INVITATIONS),
    SESSION_SCHEDULED(SESSIONS),
    SESSION_AUTHORS_INVITED(SESSIONS),
    SESSION_CHANGED(SESSIONS),
    SESSION_CANCELLED(SESSIONS),
    REGISTRATION_CONFIRMED(SESSIONS),
    REGISTRATION_WAITLISTED(SESSIONS),
    REGISTRATION_PROMOTED(SESSIONS),
    SESSION_REMINDER(SESSION_REMINDERS),
    ACTION_ASSIGNED(ACTION_ITEMS),
    ACTION_DUE(ACTION_ITEMS),
    DOCUMENT_UNREADABLE(DOCUMENTS);

    private final NotificationCategory category;

    Topic(NotificationCategory category) {
        this.category = category;
    }

    public NotificationCategory category() {
        return category;
    }

    public String messageKey() {
        return "notifications.topic." + name();
    }
}
