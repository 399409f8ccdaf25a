package org.passerelle.discussions.ui;

import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionsProperties;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ReportService;
import org.passerelle.discussions.ThreadMessage;
import org.passerelle.discussions.ThreadService;
import org.passerelle.discussions.ThreadUpdates;
import org.passerelle.security.CurrentUser;

/**
 * Makes thread panels: {@code threadPanels.create(SubjectRef.proposal(id))}. Pages get them as sections
 * ({@link ThreadSections}), never by importing this class.
 */
@org.springframework.stereotype.Component
class ThreadPanels {

    private final ThreadService threads;
    private final MessageService messages;
    private final ReportService reports;
    private final ModerationService moderation;
    private final ThreadUpdates updates;
    private final DiscussionsProperties properties;
    private final CurrentUser currentUser;

    ThreadPanels(
            ThreadService threads,
            MessageService messages,
            ReportService reports,
            ModerationService moderation,
            ThreadUpdates updates,
            DiscussionsProperties properties,
            CurrentUser currentUser) {
        this.threads = threads;
        this.messages = messages;
        this.reports = reports;
        this.moderation = moderation;
        this.updates = updates;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    /** The subject's thread; refuses ("not found") when the signed-in person may not see the subject. */
    ThreadPanel create(SubjectRef subject) {
        return new ThreadPanel(this, subject);
    }

    ThreadService threads() {
        return threads;
    }

    MessageService messages() {
        return messages;
    }

    ReportService reports() {
        return reports;
    }

    ModerationService moderation() {
        return moderation;
    }

    ThreadUpdates updates() {
        return updates;
    }

    /** The reader: their own messages are never new to them. */
    long readerId() {
        return currentUser.require().accountId();
    }

    int maxLength() {
        return properties.maxLength();
    }

    String rawText(ThreadMessage message) {
        return messages.ownText(message.id());
    }
}
