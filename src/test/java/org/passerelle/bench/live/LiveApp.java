package org.passerelle.bench.live;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar as the README's production start runs it ({@code java @config/jvm.options -jar ...}), as a
 * separate process on a free port with its own data directory, and what the benchmark asks of its JVM: a full
 * GC followed by the heap in use, and a class histogram.
 */
final class LiveApp implements AutoCloseable {

    private static final Pattern HEAP_USED =
            Pattern.compile("garbage-first heap\\s+total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K");

    final String baseUrl;
    final Path log;
    private final Process process;

    private LiveApp(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts the jar from {@code home} (which holds {@code config/}) with the data directory given. */
    static LiveApp start(Path jar, Path home, Path dataDir) throws Exception {
        return start(jar, home, dataDir, List.of());
    }

    /** As above, with further arguments for the application (e.g. the {@code postgres} profile and its database). */
    static LiveApp start(Path jar, Path home, Path dataDir, List<String> arguments) throws Exception {
        int port = freePort();
        Path log = home.resolve("app-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + home.resolve("config/jvm.options"));
        // LIVE_APP_OPTS: further options for the app's JVM, after config/jvm.options (to try one before it goes
        // there, e.g. -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=2048)
        String more = System.getenv("LIVE_APP_OPTS");
        if (more != null && !more.isBlank()) {
            command.addAll(List.of(more.strip().split("\\s+")));
        }
        command.addAll(List.of(
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--passerelle.data-dir=" + dataDir));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LiveApp app = new LiveApp(process, "http://localhost:" + port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        app.awaitLoginPage(Duration.ofSeconds(180));
        return app;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What a class histogram counted: live instances by class name, and the bytes of all live objects. */
    record LiveObjects(java.util.Map<String, Long> instances, long bytes) {}

    /**
     * The class histogram (it makes a full GC first) read whole: the live objects at the moment of that GC, not
     * disturbed by what the app allocates while jcmd starts and reports (unlike the heap in use read after it).
     */
    LiveObjects liveObjects() throws Exception {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        long bytes = -1;
        for (String line : jcmd("GC.class_histogram").lines().toList()) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                counts.merge(parts[3], Long.parseLong(parts[1]), Long::sum);
            } else if (parts.length == 3 && parts[0].equals("Total")) {
                bytes = Long.parseLong(parts[2]);
            }
        }
        if (bytes < 0) {
            throw new IllegalStateException("No total in the class histogram");
        }
        return new LiveObjects(counts, bytes);
    }

    long pid() {
        return process.pid();
    }

    /** Heap in use after two full collections (jcmd GC.run), in bytes. */
    long heapAfterFullGc() throws Exception {
        jcmd("GC.run");
        Thread.sleep(500);
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** The first {@code lines} lines of the class histogram (after a full GC: only live objects). */
    String histogram(int lines) throws Exception {
        String all = jcmd("GC.class_histogram");
        return all.lines().limit(lines + 3).reduce("", (a, b) -> a + b + "\n");
    }

    String jcmd(String what) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what)
                .redirectErrorStream(true)
                .start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(120, TimeUnit.SECONDS) || run.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + what + " failed: " + out);
        }
        return out;
    }

    /** Waits until the demo data's last parts are logged and the log has been quiet for five seconds. */
    void awaitDemoData(Duration timeout) throws Exception {
        List<String> marks = List.of(
                "Created the demo portfolio",
                "Created the demo proposals for the home pages",
                "Created the demo conversation");
        long deadline = System.nanoTime() + timeout.toNanos();
        long size = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            String text = logText();
            if (text.length() != size) {
                size = text.length();
                quietSince = System.nanoTime();
            } else if (marks.stream().allMatch(text::contains) && System.nanoTime() - quietSince > 5_000_000_000L) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The demo data was not written within " + timeout + " (see " + log + ")");
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    private void awaitLoginPage(Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + logText());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("The login page did not answer within " + timeout);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
