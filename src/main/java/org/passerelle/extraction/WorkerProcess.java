package org.passerelle.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.passerelle.extraction.worker.WorkerReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running worker JVM: sends it a file, waits for its reply within a time limit, kills it when needed. Its pipes
 * are read on platform threads: a virtual thread blocked in a pipe read keeps its carrier, and a few idle workers'
 * log readers were enough to leave no carrier for a reply, which then "took more than" the time limit.
 */
final class WorkerProcess {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);

    /** The exit status of a JVM started with -XX:+ExitOnOutOfMemoryError that ran out of memory. */
    static final int OUT_OF_MEMORY_EXIT = 3;

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private int handled;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    static WorkerProcess start(List<String> command, Duration startTimeout) throws IOException {
        Process process = new ProcessBuilder(command).start();
        Thread.ofPlatform()
                .daemon()
                .name("extraction-worker-log-" + process.pid())
                .start(() -> logErrors(process));
        WorkerProcess worker = new WorkerProcess(process);
        try {
            int ready = worker.within(startTimeout, worker.replies::read);
            if (ready != WorkerReply.READY) {
                throw new IOException("Extraction worker did not start (read " + ready + ")");
            }
        } catch (TimeoutException | WorkerDiedException e) {
            worker.kill();
            throw new IOException("Extraction worker did not start within " + startTimeout, e);
        }
        LOG.info("Extraction worker {} started", process.pid());
        return worker;
    }

    /**
     * @throws TimeoutException the worker took too long; it has been killed
     * @throws WorkerDiedException the worker stopped (out of memory, crash, killed) before replying
     */
    WorkerReply extract(Path file, String declaredFileName, Duration timeout)
            throws TimeoutException, WorkerDiedException {
        handled++;
        try {
            requests.writeUTF(file.toAbsolutePath().toString());
            requests.writeUTF(declaredFileName == null ? "" : declaredFileName);
            requests.flush();
        } catch (IOException e) {
            throw died(e);
        }
        return within(timeout, () -> WorkerReply.readFrom(replies));
    }

    private <T> T within(Duration timeout, java.util.concurrent.Callable<T> read)
            throws TimeoutException, WorkerDiedException {
        FutureTask<T> reading = new FutureTask<>(read);
        Thread.ofPlatform()
                .daemon()
                .name("extraction-worker-reply-" + process.pid())
                .start(reading);
        try {
            return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Extraction worker {} took more than {}: killed", process.pid(), timeout);
            kill();
            awaitEnd(reading);
            throw e;
        } catch (ExecutionException e) {
            throw died(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new WorkerDiedException(-1, e);
        }
    }

    private WorkerDiedException died(Throwable cause) {
        int exit = -1;
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                exit = process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        LOG.warn("Extraction worker {} stopped with status {}", process.pid(), exit);
        return new WorkerDiedException(exit, cause);
    }

    private static void awaitEnd(Future<?> reading) {
        try {
            reading.get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the stream closed with the process; nothing more to read
        }
    }

    int handled() {
        return handled;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Asks the worker to finish (its input closes; it then writes its class-data archive and exits) and kills it if
     * it has not within half a minute. Does not wait.
     */
    void stop() {
        try {
            requests.close();
        } catch (IOException e) {
            kill();
            return;
        }
        Thread.ofPlatform()
                .daemon()
                .name("extraction-worker-stop-" + process.pid())
                .start(() -> {
                    try {
                        if (!process.waitFor(30, TimeUnit.SECONDS)) {
                            kill();
                        }
                    } catch (InterruptedException e) {
                        kill();
                    }
                });
    }

    private static void logErrors(Process process) {
        try (BufferedReader errors =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = errors.readLine()) != null) {
                if (line.contains("OutOfMemoryError")) {
                    LOG.warn("Extraction worker {}: {}", process.pid(), line);
                } else {
                    LOG.debug("Extraction worker {}: {}", process.pid(), line);
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    static final class WorkerDiedException extends Exception {
        private final int exitStatus;

        WorkerDiedException(int exitStatus, Throwable cause) {
            super("Extraction worker stopped with status " + exitStatus, cause);
            this.exitStatus = exitStatus;
        }

        boolean outOfMemory() {
            return exitStatus == OUT_OF_MEMORY_EXIT;
        }
    }
}
