package org.passerelle.extraction.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Main class of the extraction worker JVM, started and supervised by the application (never run in the
 * application's JVM). It reads requests (file path, declared name) from standard input and answers each with a
 * {@link WorkerReply} on standard output; everything else a library prints goes to standard error. It stops when
 * its standard input closes or its parent process is gone, so a worker never outlives the application that
 * started it.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {}

    public static void main(String[] args) throws IOException {
        DataOutputStream replies =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        // a parser or a logger writing to System.out must not corrupt the replies
        System.setOut(System.err);
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));

        watchParent();
        TikaExtractor extractor =
                new TikaExtractor(WorkerLimits.fromSystemProperties(), OcrSettings.fromSystemProperties());
        extractor.warmUp();
        replies.write(WorkerReply.READY);
        replies.flush();

        while (true) {
            String path;
            String declaredName;
            try {
                path = requests.readUTF();
                declaredName = requests.readUTF();
            } catch (EOFException applicationGone) {
                return;
            }
            extractor
                    .extract(Path.of(path), declaredName.isEmpty() ? null : declaredName)
                    .writeTo(replies);
        }
    }

    /**
     * A worker whose application was killed (no chance to kill its workers) would otherwise go on with a hanging
     * file forever, since only the application enforces the timeout: it stops itself when its parent is gone.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watchdog = new Thread(
                () -> {
                    while (parent != null && parent.isAlive()) {
                        try {
                            Thread.sleep(2_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(2);
                },
                "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
