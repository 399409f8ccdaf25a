package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ThreadInfo;

/** The thread-wide moderation buttons (lock or unlock, unpin), shown to the space's moderators only. */
final class ModeratorBar extends Div {

    final Button lock;
    final Button unpin;
    private final Supplier<ThreadInfo> info;

    ModeratorBar(ModerationService moderation, Supplier<ThreadInfo> info) {
        this.info = info;
        addClassName("thread-moderation");
        lock = MessageCard.small(
                "",
                () -> act(
                        () -> moderation.setLocked(info.get().id(), !info.get().locked())));
        lock.addClassName("thread-lock");
        unpin = MessageCard.small(
                getTranslation("discussions.unpin"),
                () -> act(() -> moderation.unpin(info.get().id())));
        add(lock, unpin);
    }

    void refresh() {
        ThreadInfo thread = info.get();
        setVisible(thread.mayModerate());
        lock.setText(getTranslation(thread.locked() ? "discussions.unlock" : "discussions.lock"));
        unpin.setVisible(thread.pinned() != null);
    }

    private static void act(Runnable action) {
        try {
            action.run(); // the thread's own update (relayed after commit) refreshes the panel
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }
}
