package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import java.util.function.LongFunction;
import org.passerelle.discussions.DiscussionsProperties;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ThreadMessage;
import org.passerelle.discussions.ThreadService;
import org.passerelle.discussions.ThreadSubject;
import org.passerelle.discussions.ThreadUpdates;

/**
 * Makes thread panels for pages: {@code threadPanels.create(new ThreadSubject(SubjectType.PROPOSAL, id))}.
 * It is also the space page's section "the space's thread" under the bean name {@value #SPACE_SECTION}
 * (a {@code LongFunction<Component>} taking the space id), so that the spaces module, on which this one
 * depends, embeds it without depending back on this module.
 */
@org.springframework.stereotype.Component(ThreadPanels.SPACE_SECTION)
public class ThreadPanels implements LongFunction<Component> {

    public static final String SPACE_SECTION = "spaceThreadPanel";
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
    public ThreadPanel create(ThreadSubject subject) {
        return new ThreadPanel(this, subject);
    }

    /** The space's own thread, for the space page. */
    @Override
    public Component apply(long spaceId) {
        return create(ThreadSubject.space(spaceId));
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
