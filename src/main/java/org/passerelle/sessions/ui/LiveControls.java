package org.passerelle.sessions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.security.Viewer;
import org.passerelle.sessions.LiveSessionService;
import org.passerelle.sessions.SessionNotFoundException;
import org.passerelle.sessions.SessionState;
import org.passerelle.sessions.SessionSummary;

/**
 * A session live on its page: the facilitator's buttons that move the agenda on and start the timer, and the
 * subscription that brings the facilitator's changes to every open page (see {@link SessionBroadcaster}). The
 * page subscribes on attach and after showing another session, and unsubscribes on detach.
 */
final class LiveControls extends HorizontalLayout {

    final Button previous = new Button();
    final Button next = new Button();
    final Button startTimer = new Button();
    private final SessionBroadcaster broadcaster;
    /** Shows what changes while the session runs (the page's phase, seats, agenda and these buttons). */
    private final Consumer<SessionSummary> refresh;
    /** Shows the session again from scratch (after an edit or a cancellation). */
    private final LongConsumer reread;

    private SessionSummary session;
    private Registration subscription;
    private Long subscribedId;

    LiveControls(
            LiveSessionService live,
            SessionBroadcaster broadcaster,
            Consumer<SessionSummary> refresh,
            LongConsumer reread) {
        this.broadcaster = broadcaster;
        this.refresh = refresh;
        this.reread = reread;
        previous.setText(getTranslation("sessions.live.previous"));
        previous.addClickListener(click -> act(() -> live.previousItem(session.id())));
        next.setText(getTranslation("sessions.live.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> act(() -> live.nextItem(session.id())));
        startTimer.setText(getTranslation("sessions.live.start-timer"));
        startTimer.addClickListener(click -> act(() -> live.startTimer(session.id())));
        getStyle().set("flex-wrap", "wrap");
        add(previous, next, startTimer);
    }

    /** The buttons, for a facilitator of a scheduled session with an agenda. */
    void show(SessionSummary current) {
        session = current;
        boolean drives = current.mayFacilitate()
                && current.state() == SessionState.SCHEDULED
                && !current.agenda().isEmpty();
        setVisible(drives);
        previous.setEnabled(current.currentItem() != null && current.currentItem() > 0);
        startTimer.setEnabled(current.current() != null);
    }

    private void act(Supplier<SessionSummary> action) {
        try {
            refresh.accept(action.get());
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    /** Whether the page follows a session other than the one it now shows. */
    boolean followsOtherThan(long sessionId) {
        return subscribedId != null && subscribedId != sessionId;
    }

    void subscribe(UI ui, SessionSummary shown) {
        unsubscribe();
        if (shown == null) {
            return;
        }
        subscribedId = shown.id();
        // changes arrive on another thread: a page that reads the session again reads it as its own viewer
        Viewer viewer = Viewer.current();
        subscription = broadcaster.subscribe(
                subscribedId,
                change -> ui.access(() -> viewer.run(() -> {
                    try {
                        if (change.structural()) {
                            reread.accept(change.sessionId()); // edited or cancelled: everything may have changed
                        } else {
                            refresh.accept(session.withLive(change.currentItem(), change.timerStartedAt()));
                        }
                    } catch (SessionNotFoundException gone) {
                        setVisible(false);
                    }
                })));
    }

    void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
            subscribedId = null;
        }
    }
}
