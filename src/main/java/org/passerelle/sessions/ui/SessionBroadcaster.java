package org.passerelle.sessions.ui;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.passerelle.base.LiveRelay;
import org.passerelle.base.LiveRelays;
import org.passerelle.sessions.SessionEvents.SessionLiveChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open session pages of this JVM that a session changed (the facilitator moved the agenda on,
 * started the timer, edited or cancelled it), once the change is committed. Pages subscribe on attach,
 * refresh through {@code UI.access} and unsubscribe on detach. Deliveries run on the one live relay's threads
 * ({@link LiveRelays}), so that the facilitator's click never waits for every open page to refresh.
 */
@Component
class SessionBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SessionBroadcaster.class);
    private final LiveRelay<Long, SessionLiveChanged> channel;
    private final AtomicInteger inFlight = new AtomicInteger();

    SessionBroadcaster(LiveRelays relays) {
        this.channel = relays.channel("session-push");
    }

    Registration subscribe(long sessionId, Consumer<SessionLiveChanged> listener) {
        LiveRelay.Subscription subscription = channel.subscribe(sessionId, event -> {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.debug("A session page could not be told of a change", e);
            } finally {
                inFlight.decrementAndGet();
            }
        });
        return subscription::cancel;
    }

    int subscribers(long sessionId) {
        return channel.subscriberCount(sessionId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(SessionLiveChanged event) {
        inFlight.addAndGet(channel.subscriberCount(event.sessionId()));
        channel.publish(event.sessionId(), event);
    }

    /** Waits until every change told so far has been handed to its pages (for tests and benchmarks). */
    boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }
}
