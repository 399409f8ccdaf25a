package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.passerelle.base.LiveRelay;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Binds a component to a channel of the live relay for as long as it is attached: each event runs on the
 * component's UI (with its person's rights), and nothing is pushed to a view that was left or a session that
 * ended.
 */
public final class LiveUpdates {

    private LiveUpdates() {}

    /** Calls {@code onUi} in the component's UI for each event of the key while the component is attached. */
    public static <K, E> Registration bind(
            Component component, LiveRelay<K, E> relay, K key, Consumer<? super E> onUi) {
        LiveRelay.Subscription[] current = new LiveRelay.Subscription[1];
        Registration attach = component.addAttachListener(event -> {
            cancel(current);
            UI ui = event.getUI();
            current[0] = relay.subscribe(key, change -> push(ui, () -> onUi.accept(change)));
        });
        Registration detach = component.addDetachListener(event -> cancel(current));
        if (component.isAttached()) {
            UI ui = component.getUI().orElseThrow();
            current[0] = relay.subscribe(key, change -> push(ui, () -> onUi.accept(change)));
        }
        return () -> {
            cancel(current);
            attach.remove();
            detach.remove();
        };
    }

    private static void push(UI ui, Runnable work) {
        try {
            ui.access(() -> {
                try {
                    work.run();
                } catch (AuthenticationException | AccessDeniedException signedOut) {
                    // the session ended while the change travelled: nothing to show
                }
            });
        } catch (UIDetachedException left) {
            // the view was closed while the change travelled
        }
    }

    private static void cancel(LiveRelay.Subscription[] current) {
        if (current[0] != null) {
            current[0].cancel();
            current[0] = null;
        }
    }
}
