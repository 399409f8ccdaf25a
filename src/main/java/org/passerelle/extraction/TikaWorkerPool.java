package org.passerelle.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeoutException;
import org.passerelle.extraction.WorkerProcess.WorkerDiedException;
import org.passerelle.extraction.worker.WorkerReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extraction through a small pool of supervised worker JVMs. A caller takes a free slot (waiting if all workers are
 * busy), starts a worker in it when it has none, and gives the slot back afterwards. A worker that overruns the
 * timeout is killed; one that dies (out of memory, crash) is noticed; in both cases the slot is emptied, the file
 * fails with its reason and the next file gets a fresh worker. The application's own JVM never parses.
 */
final class TikaWorkerPool implements TextExtraction, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TikaWorkerPool.class);

    private final ExtractionProperties properties;
    private final TypeDetection detection;
    private final List<String> command;
    private final BlockingQueue<Optional<WorkerProcess>> slots;
    private volatile boolean closed;

    TikaWorkerPool(ExtractionProperties properties, TypeDetection detection) {
        this.properties = properties;
        this.detection = detection;
        this.command = WorkerCommand.of(properties);
        this.slots = new ArrayBlockingQueue<>(properties.workers());
        for (int i = 0; i < properties.workers(); i++) {
            slots.add(Optional.empty());
        }
    }

    @Override
    public ExtractionResult extract(Path file, String declaredFileName) {
        ExtractionResult refused = refuseBeforeParsing(file, declaredFileName);
        if (refused != null) {
            return refused;
        }
        Optional<WorkerProcess> slot = take();
        WorkerProcess worker = slot.filter(WorkerProcess::isAlive).orElse(null);
        try {
            if (worker == null) {
                worker = WorkerProcess.start(command, properties.workerStartTimeout());
            }
            WorkerReply reply = worker.extract(file, declaredFileName, properties.timeout());
            return toResult(reply);
        } catch (TimeoutException e) {
            worker = null;
            return ExtractionResult.failed(detection.detect(file, declaredFileName), ExtractionFailure.TOO_SLOW);
        } catch (WorkerDiedException e) {
            worker = null;
            LOG.warn("Extraction of {} stopped its worker{}", file, e.outOfMemory() ? " (out of memory)" : "");
            return ExtractionResult.failed(detection.detect(file, declaredFileName), ExtractionFailure.CRASHED);
        } catch (IOException e) {
            worker = null;
            LOG.error("No extraction worker could be started", e);
            return ExtractionResult.failed(detection.detect(file, declaredFileName), ExtractionFailure.CRASHED);
        } finally {
            giveBack(worker);
        }
    }

    /** Starts a worker in a free slot in the background, so that the first file does not wait for it. */
    void warmUp() {
        Thread.ofPlatform().daemon().name("extraction-worker-warm-up").start(() -> {
            Optional<WorkerProcess> slot = slots.poll();
            if (slot == null) {
                return; // every slot is in use: workers are running anyway
            }
            WorkerProcess worker = slot.filter(WorkerProcess::isAlive).orElse(null);
            try {
                if (worker == null && !closed) {
                    worker = WorkerProcess.start(command, properties.workerStartTimeout());
                }
            } catch (IOException e) {
                LOG.warn("Extraction worker warm-up failed; the next file starts one", e);
            } finally {
                giveBack(worker);
            }
        });
    }

    private ExtractionResult refuseBeforeParsing(Path file, String declaredFileName) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return ExtractionResult.failed("application/octet-stream", ExtractionFailure.DAMAGED);
            }
            if (size > properties.maxFileSize().toBytes()) {
                return ExtractionResult.failed(detection.detect(file, declaredFileName), ExtractionFailure.TOO_LARGE);
            }
            return null;
        } catch (IOException e) {
            LOG.warn("Cannot read {} for extraction", file, e);
            return ExtractionResult.failed("application/octet-stream", ExtractionFailure.DAMAGED);
        }
    }

    private static ExtractionResult toResult(WorkerReply reply) {
        return reply.toResult();
    }

    private Optional<WorkerProcess> take() {
        try {
            return slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an extraction worker", e);
        }
    }

    private void giveBack(WorkerProcess worker) {
        if (worker != null && (closed || worker.handled() >= properties.maxFilesPerWorker())) {
            worker.stop();
            worker = null;
        }
        slots.add(Optional.ofNullable(worker));
    }

    @Override
    public void close() {
        closed = true;
        Optional<WorkerProcess> slot;
        while ((slot = slots.poll()) != null) {
            slot.ifPresent(WorkerProcess::stop);
        }
    }
}
