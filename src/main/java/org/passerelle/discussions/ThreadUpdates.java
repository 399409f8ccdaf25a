package org.passerelle.discussions;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-JVM relay of thread events to everyone who has a thread open. Events are relayed once their
 * transaction has committed (never a message that was rolled back), on a few threads of its own so that
 * the person posting does not wait for hundreds of screens; each subscriber (a thread panel) then asks its UI
 * to update itself. Across several nodes, the same events would travel through the database (DESIGN.md
 * section 4: PostgreSQL LISTEN/NOTIFY) into this relay.
 */
@Component
public class ThreadUpdates {

    /** Stops a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private static final Logger log = LoggerFactory.getLogger(ThreadUpdates.class);
    private final Map<Long, Set<Consumer<ThreadEvent>>> subscribers = new ConcurrentHashMap<>();
    /** Screens of different sessions update in parallel (each update takes its own session's lock). */
    private final ExecutorService relay =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "thread-updates");
                thread.setDaemon(true);
                return thread;
            });

    /** Calls the listener for each change of the thread until the subscription is cancelled. */
    public Subscription subscribe(long threadId, Consumer<ThreadEvent> listener) {
        subscribers
                .computeIfAbsent(threadId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> subscribers.computeIfPresent(threadId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public int subscriberCount(long threadId) {
        Set<Consumer<ThreadEvent>> set = subscribers.get(threadId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void relay(ThreadEvent event) {
        Set<Consumer<ThreadEvent>> listeners = subscribers.get(event.threadId());
        if (listeners == null || listeners.isEmpty()) {
            return;
        }
        for (Consumer<ThreadEvent> listener : listeners) {
            relay.execute(() -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException failed) {
                    log.warn("A thread subscriber failed on {}", event, failed);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        relay.shutdownNow();
    }
}
