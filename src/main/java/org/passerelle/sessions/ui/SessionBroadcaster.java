package org.passerelle.sessions.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.passerelle.sessions.SessionEvents.SessionLiveChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open session pages of this JVM that a session changed (the facilitator moved the agenda on,
 * started the timer, edited or cancelled it), once the change is committed. Pages subscribe on attach,
 * refresh through {@code UI.access} and unsubscribe on detach. Deliveries run on a few threads of their
 * own, so that the facilitator's click never waits for every open page to refresh.
 */
@Component
class SessionBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SessionBroadcaster.class);
    private final Map<Long, Set<Consumer<SessionLiveChanged>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "session-push");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger inFlight = new AtomicInteger();

    Registration subscribe(long sessionId, Consumer<SessionLiveChanged> listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    int subscribers(long sessionId) {
        Set<Consumer<SessionLiveChanged>> set = listeners.get(sessionId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(SessionLiveChanged event) {
        for (Consumer<SessionLiveChanged> listener : listeners.getOrDefault(event.sessionId(), Set.of())) {
            inFlight.incrementAndGet();
            delivery.execute(() -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.debug("A session page could not be told of a change", e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
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

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
