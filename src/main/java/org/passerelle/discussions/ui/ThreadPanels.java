package org.passerelle.discussions.ui;

import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionsProperties;
import org.passerelle.discussions.ModerationService;
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
    private final ModerationService moderation;
    private final ThreadUpdates updates;
    private final DiscussionsProperties properties;

    ThreadPanels(
            ThreadService threads,
            ModerationService moderation,
            ThreadUpdates updates,
            DiscussionsProperties properties) {
        this.threads = threads;
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
        return threads.ownText(message.id());
    }
}
