package org.passerelle.newsletter;

/** An issue is edited as a DRAFT, SENDING while its mails are queued (resumable), SENT once every one is. */
public enum IssueState {
    DRAFT,
    SENDING,
    SENT;

    public String messageKey() {
        return "newsletter.state." + name();
    }
}
