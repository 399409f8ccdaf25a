package org.passerelle.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.passerelle.extraction.TestDocuments;

/**
 * Memory of the app under a stream of uploads (not a test: run it with {@code src/bench/uploads.sh}). Starts the
 * packaged jar as the README's production start does (its JVM options from {@code passerelle.app-jvm-options}),
 * signs in as staff in a real headless Chromium, uploads real files (Tika's test documents of the accepted types)
 * to a space's library in batches of ten until {@code count} files are in, waits until every text is read, and
 * samples the resident memory of the app's JVM and of its extraction workers all along.
 */
public final class UploadStreamBenchmark {

    /** Real documents of the accepted types, large and small, from Tika's published test jars. */
    private static final List<String> FILES = List.of(
            "testODT-TIKA-6000.odt",
            "testPDF_childAttachments.pdf",
            "testJournalParser.pdf",
            "testDocumentLink.doc",
            "jxl.xls",
            "testEPUB_multi-metadata-vals.epub",
            "testODP_NPE.odp",
            "testEXCEL_embeded.xlsx",
            "testMSChart-govdocs-428996.pptx",
            "testControlCharacters.doc",
            "testPDF.pdf",
            "testComment.docx",
            "testJPEG_EXIF.jpg",
            "testOCR.pdf",
            "resume.html");

    private static final String PASSWORD = "Passerelle-demo-2026";

    private UploadStreamBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/uploads-results.md");
        Path folder = Files.createTempDirectory("passerelle-upload-stream");
        List<Path> originals = new ArrayList<>();
        for (String name : FILES) {
            originals.add(TestDocuments.tika(name, folder));
        }
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; files.size() < count; i++) {
            Path original = originals.get(i % originals.size());
            String name = original.getFileName().toString();
            int dot = name.lastIndexOf('.');
            // a new name each time: each upload is a new document whose text is read
            Path copy = folder.resolve(name.substring(0, dot) + "-" + (i / originals.size()) + name.substring(dot));
            Files.copy(original, copy);
            files.add(copy);
            bytes += Files.size(copy);
        }

        PackagedApp app = PackagedApp.get();
        Sampler sampler = new Sampler(app.pid());
        Thread sampling = Thread.ofPlatform().daemon().start(sampler);
        long started = System.nanoTime();
        try (Browser staff = Browser.open(app)) {
            staff.signIn("staff@passerelle.demo", PASSWORD); // Lucas, French
            staff.waitForText("Lucas");
            String space = spaceTitled(staff, "Associations de femmes");
            for (int start = 0; start < files.size(); start += 10) {
                List<Path> batch = files.subList(start, Math.min(files.size(), start + 10));
                staff.go(space); // a fresh upload component for each batch
                staff.upload(batch.toArray(Path[]::new));
                for (Path file : batch) {
                    staff.waitForText(file.getFileName().toString(), 1, Duration.ofMinutes(2));
                }
            }
            long uploaded = System.nanoTime();
            staff.go(space);
            awaitAllRead(staff, space, Duration.ofMinutes(20));
            long read = System.nanoTime();
            sampler.stop();
            sampling.join();
            long heapAfterGc = heapUsedAfterFullGc(app.pid());
            String report = String.format(
                    Locale.ROOT,
                    """
                    # Upload stream (src/bench/uploads.sh)

                    - app JVM options: `%s`
                    - %d files uploaded (%.1f MB, %d distinct real files), batches of 10, by one staff session
                    - all uploaded after %.1f s; every text read after %.1f s
                    - app JVM resident memory: peak **%d MB**, median %d MB, at the end %d MB (%d samples)
                    - app heap used after a full GC at the end: %d MB
                    - extraction workers' resident memory: peak %d MB
                    - machine load at the end: %s
                    """,
                    System.getProperty("passerelle.app-jvm-options", "(none)"),
                    files.size(),
                    bytes / 1e6,
                    originals.size(),
                    (uploaded - started) / 1e9,
                    (read - started) / 1e9,
                    sampler.peakAppKb.get() / 1024,
                    sampler.medianAppKb() / 1024,
                    residentKb(app.pid()) / 1024,
                    sampler.appSamples.size(),
                    heapAfterGc / (1024 * 1024),
                    sampler.peakWorkersKb.get() / 1024,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            app.stop();
        }
    }

    /** The address of the space with this title: its card's "open" link is labelled with the title. */
    private static String spaceTitled(Browser browser, String title) {
        browser.go("/spaces");
        return browser.pathOfLinkLabelled(title);
    }

    /** Waits until no document of the space's list is still waiting or being read (the page follows live). */
    private static void awaitAllRead(Browser browser, String space, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            String text = browser.pageText();
            if (!text.contains("En attente de lecture") && !text.contains("Lecture en cours")) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("Texts still being read after " + atMost);
    }

    private static long heapUsedAfterFullGc(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(pid), "GC.run");
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        // e.g. " garbage-first heap   total reserved 1048576K, committed 262144K, used 123456K [..."
        var matcher = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        return matcher.find() ? Long.parseLong(matcher.group(1)) * 1024 : -1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between listing and reading
        }
        return 0;
    }

    /** Samples the resident memory of the app and of its workers every 250 ms. */
    private static final class Sampler implements Runnable {

        final long pid;
        final AtomicLong peakAppKb = new AtomicLong();
        final AtomicLong peakWorkersKb = new AtomicLong();
        final List<Long> appSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;

        Sampler(long pid) {
            this.pid = pid;
        }

        @Override
        public void run() {
            while (running) {
                long app = residentKb(pid);
                appSamples.add(app);
                peakAppKb.accumulateAndGet(app, Math::max);
                long workers = ProcessHandle.of(pid)
                        .map(handle -> handle.descendants()
                                .mapToLong(child -> residentKb(child.pid()))
                                .sum())
                        .orElse(0L);
                peakWorkersKb.accumulateAndGet(workers, Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long medianAppKb() {
            List<Long> sorted;
            synchronized (appSamples) {
                sorted = new ArrayList<>(appSamples);
            }
            sorted.sort(null);
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }
}
