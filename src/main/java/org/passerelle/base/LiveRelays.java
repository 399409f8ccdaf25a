package org.passerelle.base;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Makes the channels of the live relay ({@link LiveRelay}), which share one small pool of threads: screens of
 * different sessions update in parallel, each update taking its own session's lock. Across several nodes the
 * same events would travel through the database into these channels (DESIGN.md section 4).
 */
@Component
public class LiveRelays {

    private final ExecutorService pool =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "live-relay");
                thread.setDaemon(true);
                return thread;
            });

    /** A new channel; {@code name} appears in the log when a subscriber fails. */
    public <K, E> LiveRelay<K, E> channel(String name) {
        return new LiveRelay<>(name, pool);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
