package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionsProperties;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ThreadMessage;
import org.passerelle.discussions.ThreadService;
import org.passerelle.discussions.ThreadUpdates;
import org.passerelle.spaces.SpacePageSection;
import org.passerelle.spaces.SpaceSummary;

/**
 * Makes thread panels for pages: {@code threadPanels.create(new SubjectRef(SubjectKind.PROPOSAL, id))}.
 * It is also a section of the space page ("the space's thread", {@link SpacePageSection}), so that the spaces
 * module, on which this one depends, shows it without depending back on this module.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
public class ThreadPanels implements SpacePageSection {

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
    public ThreadPanel create(SubjectRef subject) {
        return new ThreadPanel(this, subject);
    }

    /** The space's own thread, for the space page. */
    @Override
    public Component create(SpaceSummary space) {
        return create(SubjectRef.space(space.id()));
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
