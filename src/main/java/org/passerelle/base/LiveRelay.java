package org.passerelle.base;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel of the live relay: what happened to a key (a thread, a session, a person's bell) reaches everyone
 * who has it open, on this node at once and on the other nodes through the database ({@link LiveBridge}), on the
 * relay's own threads so that the person who caused it does not wait for hundreds of screens. Made by {@link
 * LiveRelays}; publish only after the change has committed. Views bind to a channel with {@code
 * base.ui.LiveUpdates}, which also stops listening when the view is left.
 *
 * @param <K> what a subscriber follows (an id)
 * @param <E> what it is told (small: ids and states; the subscriber re-reads what it shows)
 */
public final class LiveRelay<K, E> {

    /** Stops a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
    private final String name;
    private final Executor executor;
    private final Map<K, Set<Consumer<? super E>>> subscribers = new ConcurrentHashMap<>();
    private final LiveBridge bridge;

    LiveRelay(String name, Executor executor, LiveBridge bridge) {
        this.name = name;
        this.executor = executor;
        this.bridge = bridge;
    }

    /** Calls the listener for each event published for the key until the subscription is cancelled. */
    public Subscription subscribe(K key, Consumer<? super E> listener) {
        subscribers.computeIfAbsent(key, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> subscribers.computeIfPresent(key, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public int subscriberCount(K key) {
        Set<Consumer<? super E>> set = subscribers.get(key);
        return set == null ? 0 : set.size();
    }

    /**
     * Hands the event to each subscriber of the key on this node, each on a relay thread, and to the other nodes;
     * returns at once.
     */
    public void publish(K key, E event) {
        deliver(key, event);
        bridge.send(name, key, event);
    }

    /** Hands an event to this node's subscribers of the key only (one that came from another node). */
    void deliver(K key, E event) {
        Set<Consumer<? super E>> listeners = subscribers.get(key);
        if (listeners == null) {
            return;
        }
        for (Consumer<? super E> listener : listeners) {
            executor.execute(() -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException failed) {
                    log.warn("A subscriber of {} failed on {}", name, event, failed);
                }
            });
        }
    }
}
