package org.passerelle.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.passerelle.base.ReadyLog;

/**
 * The packaged jar, started once per test JVM as a separate process on a free port with a fresh data
 * directory (so demo data is created), exactly as a deployer would start it.
 */
final class PackagedApp {

    private static PackagedApp instance;

    final String baseUrl;
    final Path log;
    /** The app's data directory: with no SMTP host, its mails are written under {@code mail/} as .eml files. */
    final Path dataDir;

    private final Process process;
    private int startupLength;

    private PackagedApp(Path jar) throws IOException {
        this(jar, List.of());
    }

    private PackagedApp(Path jar, List<String> extraArguments) throws IOException {
        int port = freePort();
        Path home = Files.createTempDirectory("passerelle-journey");
        log = home.resolve("app.log");
        dataDir = home.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>();
        command.add(java);
        // the JVM options of the README's production start, when a benchmark measures the app as deployed
        String jvmOptions = System.getProperty("passerelle.app-jvm-options", "").strip();
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--passerelle.data-dir=" + dataDir,
                // mails are put together and written every 2 s instead of 30 s and 10 s
                "--passerelle.mail.compose-interval=PT2S",
                "--passerelle.mail.send-interval=PT2S"));
        command.addAll(extraArguments);
        process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        baseUrl = "http://localhost:" + port;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** The running app (started on first use). */
    static synchronized PackagedApp get() throws Exception {
        if (instance == null) {
            String jar = System.getProperty("passerelle.jar");
            if (jar == null || !Files.exists(Path.of(jar))) {
                fail("The packaged jar is missing (system property passerelle.jar = " + jar + "): run ./mvnw verify");
            }
            instance = new PackagedApp(Path.of(jar));
            instance.awaitLoginPage(Duration.ofSeconds(120));
            instance.awaitReady(Duration.ofSeconds(120));
            instance.startupLength = instance.logText().length();
        }
        return instance;
    }

    /**
     * Another instance of the packaged jar with these extra arguments (e.g. one node of several on one PostgreSQL
     * database), started and answering its login page; the caller stops it.
     */
    static PackagedApp startAnother(List<String> arguments) throws Exception {
        String jar = System.getProperty("passerelle.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            fail("The packaged jar is missing (system property passerelle.jar = " + jar + "): run ./mvnw verify");
        }
        PackagedApp app = new PackagedApp(Path.of(jar), arguments);
        app.awaitLoginPage(Duration.ofSeconds(300)); // two JVMs start on a machine that may be busy
        app.awaitReady(Duration.ofSeconds(300));
        app.startupLength = app.logText().length();
        return app;
    }

    /** Stops the process at once, as a crash would (kill -9). */
    void kill() {
        process.destroyForcibly();
    }

    /** Waits until a mail to this address whose subject contains the text was written; returns it. */
    jakarta.mail.internet.MimeMessage awaitMail(String to, String subjectPart, Duration timeout) throws Exception {
        Path mails = dataDir.resolve("mail");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(mails)) {
                try (var files = Files.list(mails)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                        jakarta.mail.internet.MimeMessage mail;
                        try (var in = Files.newInputStream(file)) {
                            mail = new jakarta.mail.internet.MimeMessage((jakarta.mail.Session) null, in);
                        }
                        boolean addressed = java.util.Arrays.stream(mail.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(to));
                        if (addressed
                                && mail.getSubject() != null
                                && mail.getSubject().contains(subjectPart)) {
                            return mail;
                        }
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail to " + to + " about \"" + subjectPart + "\" was written under " + mails);
    }

    /** The app's process id (its extraction workers are its child processes). */
    long pid() {
        return process.pid();
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /**
     * What the app logged from its start until the login page answered, plus what it logged since {@code mark}
     * (a {@link #logText()} length taken when a journey began): the part of the log one journey answers for.
     * The other journeys share the app; their browsers closing mid-push log Atmosphere's own errors.
     */
    String logOf(int mark) throws IOException {
        String all = logText();
        String own =
                all.substring(0, Math.min(startupLength, all.length())) + all.substring(Math.min(mark, all.length()));
        return withoutClosingPushRace(own);
    }

    /**
     * Without Atmosphere's error when a browser closes its push connection while the server is writing to it (a
     * page reloaded by the language switch, a browser closed at the end of a journey): Tomcat refuses to close a
     * WebSocket in the middle of a text frame, Atmosphere logs it with its stack, and nothing is lost (the page
     * that was left is gone); when the close arrives after Atmosphere already let the connection go, it logs a
     * NullPointerException of its own for the same entry. Only that entry, identified by both its message and
     * one of these two causes, is taken out.
     */
    static String withoutClosingPushRace(String log) {
        // Vaadin's own entry for the same race: a push written to a WebSocket the browser has just closed
        String withoutVaadinsForm = log.replaceAll(
                "(?m)^\\S+ +ERROR .*c\\.v\\.f\\.s\\.c\\.PushAtmosphereHandler +: Exception in push connection\\R"
                        + "\\R?java\\.lang\\.IllegalStateException: Message will not be sent because the WebSocket session"
                        + " has been closed\\R(?:\\s+at .*\\R|\\s*\\R)*",
                "");
        return withoutVaadinsForm.replaceAll(
                "(?m)^\\S+ +ERROR .*o\\.atmosphere\\.cpr\\.AsynchronousProcessor +: Failed to cancel resource: \\S+\\R"
                        + "\\R?(?:java\\.lang\\.IllegalStateException: The remote endpoint was in state \\[TEXT_FULL_WRITING\\]"
                        + " which is an invalid state for called method"
                        + "|java\\.lang\\.NullPointerException: Cannot invoke \"org\\.atmosphere\\.cpr\\.AtmosphereResource"
                        + "\\.getResponse\\(\\)\" because \"resource\" is null)\\R(?:\\s+at .*\\R|\\s*\\R)*",
                "");
    }

    private void awaitLoginPage(Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The application stopped while starting:\n" + logText());
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
        stop();
        fail("The login page did not answer within " + timeout + ":\n" + logText());
    }

    /**
     * The login page answers before the start-up jobs are done (the demo accounts are made just after): a journey
     * that signed in at once could find no account yet. Waits for the application's "ready" line (base/ReadyLog).
     */
    private void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!logText().contains(ReadyLog.READY)) {
            if (!process.isAlive()) {
                fail("The application stopped while starting:\n" + logText());
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                fail("The application did not say it was ready within " + timeout + ":\n" + logText());
            }
            Thread.sleep(100);
        }
    }

    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(
                        java.util.concurrent.TimeUnit.SECONDS.toSeconds(20), java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
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
