package org.passerelle.discussions.ui;

import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionsProperties;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ReportService;
import org.passerelle.discussions.ThreadMessage;
import org.passerelle.discussions.ThreadService;
import org.passerelle.discussions.ThreadUpdates;

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

    ThreadPanels(
            ThreadService threads,
            MessageService messages,
            ReportService reports,
            ModerationService moderation,
            ThreadUpdates updates,
            DiscussionsProperties properties) {
        this.threads = threads;
        this.messages = messages;
        this.reports = reports;
        this.moderation = moderation;
        this.updates = updates;
        this.properties = properties;
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

    int maxLength() {
        return properties.maxLength();
    }

    String rawText(ThreadMessage message) {
        return messages.ownText(message.id());
    }
}
