package org.passerelle.base;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One daemon thread that runs a module's job when woken (after a commit, by a sweep): wakes coalesce while a run
 * is pending, so a burst of commits costs one run, never two at once. Tests wait for it with {@link #awaitIdle}.
 */
public final class BackgroundWorker {

    private final ExecutorService thread;
    private final Runnable job;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicInteger busy = new AtomicInteger();

    public BackgroundWorker(String name, Runnable job) {
        this.job = job;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Runs the job soon on the worker's thread, unless a run is already waiting to start. */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            busy.incrementAndGet();
            try {
                thread.execute(() -> {
                    try {
                        wakeQueued.set(false);
                        job.run();
                    } finally {
                        busy.decrementAndGet();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                busy.decrementAndGet(); // the application stops: its next start takes the work up
            }
        }
    }

    /** Waits until every run woken so far has ended; false when the time ran out. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (busy.get() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    public void stop() {
        thread.shutdownNow();
    }
}
