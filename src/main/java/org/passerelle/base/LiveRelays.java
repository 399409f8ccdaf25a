package org.passerelle.base;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Makes the channels of the live relay ({@link LiveRelay}), which share one small pool of threads: screens of
 * different sessions update in parallel, each update taking its own session's lock. With several nodes on one
 * PostgreSQL database, what is published on one node reaches the same channel on the others through {@link
 * LiveBridge} (DESIGN.md section 4); on H2 (one node) it stays in memory.
 */
@Component
public class LiveRelays {

    private final ExecutorService pool =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "live-relay");
                thread.setDaemon(true);
                return thread;
            });
    private final Map<String, LiveRelay<?, ?>> channels = new ConcurrentHashMap<>();
    private final LiveBridge bridge;

    public LiveRelays(LiveBridge bridge) {
        this.bridge = bridge;
        bridge.receiveWith(this::arrived);
    }

    /** A new channel; {@code name} (one per channel) names it across nodes and in the log. */
    public <K, E> LiveRelay<K, E> channel(String name) {
        LiveRelay<K, E> relay = new LiveRelay<>(name, pool, bridge);
        channels.put(name, relay);
        return relay;
    }

    /** An event published on another node: to this node's subscribers of its channel. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void arrived(String channel, Object key, Object event) {
        LiveRelay relay = channels.get(channel);
        if (relay != null) {
            relay.deliver(key, event);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
