package org.passerelle.bench.live;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Live fan-out and memory per open screen, with real sessions (not a test: run it with {@code src/bench/live.sh}).
 *
 * <p>Starts the packaged jar as the README's production start does (config/jvm.options, fresh data directory,
 * demo data), stops it, adds {@code sessions} board members (and a few more: a poster, a browser, warm-up
 * screens) to the demo data's H2 database, starts it again. Then {@code sessions} separate HTTP sessions sign in
 * through the login form and open screens over Vaadin's client protocol with a push WebSocket each
 * ({@link ScreenClient}); the app JVM's heap after a full GC is read with 0, 100 and 200 screens on the home
 * page, 200 on a proposal page, 200 on a thread of 200 messages, and all of them on the posting thread. A poster
 * (another session, through the UI: typing and clicking Send) posts {@code posts} messages; for each, the time
 * from the click until each session's push channel carries the message's text (and the new count), p50/p95/max;
 * one real Chromium on the same thread checks that a browser gets the same push and shows the text.
 */
public final class LiveFanOutBenchmark {

    private static final int WARM_UP = 5;
    /**
     * The first posts after the start pay for the JIT compiling the post's path (the screens' warm-up opened
     * pages, but posted nothing): the report gives the figures with them and without them.
     */
    private static final int COLD_POSTS = 3;
    /**
     * The rows a screen asks for, as Chromium's list at the end of the thread does (recorded: rows first to
     * size + 1 after each change of size), the window showing about six messages.
     */
    static final int ROWS = 6;

    private static final double MB = 1024.0 * 1024.0;

    /**
     * {@code LIVE_MEMORY_ONLY=1}: stop after the memory figures of the home page, the proposal page and the thread
     * (no posting thread, no browser, no posts); the fan-out measurement itself is unchanged when it runs.
     */
    private static final boolean MEMORY_ONLY = "1".equals(System.getenv("LIVE_MEMORY_ONLY"));
    /**
     * {@code LIVE_HISTOGRAMS=dir}: also write the whole class histogram after each memory figure (signed-in, home,
     * proposal, thread) into that directory, to compare what each page holds class by class; with
     * {@code LIVE_HEAP_DUMPS=1} a heap dump too.
     */
    private static final String HISTOGRAMS = System.getenv("LIVE_HISTOGRAMS");

    private LiveFanOutBenchmark() {}

    private static void fullHistogram(LiveApp app, String stage) throws Exception {
        if (HISTOGRAMS != null) {
            Path dir = Path.of(HISTOGRAMS);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(stage + ".txt"), app.jcmd("GC.class_histogram"));
            if ("1".equals(System.getenv("LIVE_HEAP_DUMPS"))) {
                app.jcmd("GC.heap_dump " + dir.toAbsolutePath().resolve(stage + ".hprof"));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench/live-results.md");
        Path jar = Path.of(System.getProperty("passerelle.jar"));
        Report report = new Report();
        report.line("load average before: " + loadAverage());

        Path home = Files.createTempDirectory("passerelle-live");
        copyConfig(Path.of("config"), home.resolve("config"));
        Path data = home.resolve("data");
        try (LiveApp first = LiveApp.start(jar, home, data)) {
            first.awaitDemoData(Duration.ofSeconds(240)); // written after the login page answers
        }
        // people: 0..sessions-1 measured, then the poster, the browser and the warm-up screens
        int poster = sessions;
        int browserPerson = sessions + 1;
        BenchPeople.Seeded seeded = BenchPeople.seed(data, sessions + 2 + WARM_UP, 5, 200);
        String fanOut = "spaces/" + seeded.fanOutSpaceId();
        String longThread = "spaces/" + seeded.longThreadSpaceId();
        String proposal = "proposals/" + seeded.proposalId();

        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<HttpClient> https = Stream.generate(() -> HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build())
                .limit(8)
                .toList();
        try (LiveApp app = LiveApp.start(jar, home, data)) {
            report.line("app pid " + app.pid() + ", " + app.baseUrl + ", started with @config/jvm.options");
            ScreenClient[] screens = new ScreenClient[sessions + 2 + WARM_UP];
            for (int i = 0; i < screens.length; i++) {
                screens[i] = new ScreenClient(https.get(i % https.size()), app.baseUrl);
            }
            // warm-up: every page once, so that what is made once per JVM is in the baseline
            all(workers, screens, range(sessions + 2, screens.length), (i, s) -> {
                s.signIn(BenchPeople.email(i), BenchPeople.PASSWORD);
                s.open("");
                s.navigate(proposal);
                s.navigate(longThread);
                s.navigate(fanOut);
                s.navigate("");
            });
            ScreenClient post = screens[poster];
            post.signIn(BenchPeople.email(poster), BenchPeople.PASSWORD);
            post.open(fanOut);
            Heap baseline = Heap.of(app);
            report.line("heap after full GC, no measured session: %.1f MB of live objects (%.1f MB in use)"
                    .formatted(baseline.live() / MB, baseline.used() / MB));

            List<Integer> first200 = range(0, Math.min(200, sessions));
            all(workers, screens, range(0, sessions), (i, s) -> s.signIn(BenchPeople.email(i), BenchPeople.PASSWORD));
            Heap signedIn = Heap.of(app);
            fullHistogram(app, "signed-in");
            // the pages are measured from here: all sessions signed in, the start-up's own work (search index,
            // demo documents read) long finished; the heap before can still hold some of it
            report.perScreen("signed in, no page yet (HTTP session only)", sessions, signedIn.minus(baseline));

            all(workers, screens, range(0, Math.min(100, sessions)), (i, s) -> s.open(""));
            Heap home100 = Heap.of(app);
            all(workers, screens, range(100, Math.min(200, sessions)), (i, s) -> s.open(""));
            Heap home200 = Heap.of(app);
            int hundred = Math.min(100, sessions);
            report.perScreen("home page, %d screens".formatted(hundred), hundred, home100.minus(signedIn));
            report.perScreen(
                    "home page, %d screens".formatted(first200.size()), first200.size(), home200.minus(signedIn));
            String homeHistogram = app.histogram(25);
            fullHistogram(app, "home");

            all(workers, screens, first200, (i, s) -> s.navigate(proposal));
            Heap proposal200 = Heap.of(app);
            fullHistogram(app, "proposal");
            report.perScreen(
                    "proposal page, %d screens".formatted(first200.size()),
                    first200.size(),
                    proposal200.minus(signedIn));

            all(workers, screens, first200, (i, s) -> {
                s.navigate(longThread);
                s.viewport(s.nodes.withProperty("vaadin-virtual-list", "id", listId(s)), 0, 9);
            });
            Heap thread200 = Heap.of(app);
            report.perScreen(
                    "thread of 200 messages, %d screens".formatted(first200.size()),
                    first200.size(),
                    thread200.minus(signedIn));
            String threadHistogram = app.histogram(25);
            fullHistogram(app, "thread");
            if (MEMORY_ONLY) {
                report.line("");
                report.line("Class histogram, 200 screens on the home page (live objects, top 25):");
                report.line(homeHistogram);
                report.line("Class histogram, 200 screens on the thread of 200 messages (top 25):");
                report.line(threadHistogram);
                report.line("LIVE_MEMORY_ONLY=1: the posting thread and the fan-out are skipped");
                report.line("load average after: " + loadAverage());
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, report.text());
                System.out.println("results written to " + out);
                return;
            }

            int count = seeded.fanOutMessages();
            all(workers, screens, range(0, sessions), (i, s) -> {
                if (i < first200.size()) {
                    s.navigate(fanOut);
                } else {
                    s.open(fanOut);
                }
                s.viewport(fanOutList(s), Math.max(0, seeded.fanOutMessages() - ROWS), seeded.fanOutMessages() + 1);
            });
            Heap fanOut300 = Heap.of(app);
            report.perScreen(
                    "posting thread (%d messages), %d screens".formatted(count, sessions),
                    sessions,
                    fanOut300.minus(signedIn));

            BrowserScreen browser = null;
            if (BrowserScreen.available()) {
                browser = new BrowserScreen();
                browser.signInAndOpen(app.baseUrl, BenchPeople.email(browserPerson), BenchPeople.PASSWORD, fanOut);
            } else {
                report.line("no Chromium (apt-get install chromium chromium-driver): the browser check is skipped");
            }
            int area = post.nodes.withProperty("vaadin-text-area", "label", "Message");
            int send = post.nodes.withText("vaadin-button", "Send");
            all(workers, screens, range(0, sessions), (i, s) -> s.heartbeat());

            List<Double> textTimes = new ArrayList<>();
            List<Double> warmTextTimes = new ArrayList<>();
            List<Double> countTimes = new ArrayList<>();
            List<String> perPost = new ArrayList<>();
            for (int k = 1; k <= posts; k++) {
                String token = "Fanout-" + k + "-" + System.nanoTime();
                count++;
                String counted = "\"" + count + " messages\"";
                for (int i = 0; i < sessions; i++) {
                    screens[i].watch(token);
                    screens[i].watch(counted);
                }
                post.watch(token);
                post.watch(counted);
                if (browser != null) {
                    browser.watch(token);
                    browser.scrollToEnd();
                }
                post.type(area, token);
                long wallClick = System.currentTimeMillis();
                long click = System.nanoTime();
                String answer = post.click(send);
                long clicked = System.nanoTime();
                long deadline = click + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline && !allSeen(screens, sessions, token, counted)) {
                    Thread.sleep(10);
                }
                // the poster's own screen, as its browser does: the new count comes (in its click's answer or by
                // push), then it asks its list for the rows in view, unless they came already (once the rows in
                // view reach the end of the list, the new one is pushed with the count)
                boolean countInAnswer = answer.contains(counted);
                while (!countInAnswer && System.nanoTime() < deadline && post.seen(counted) == 0) {
                    Thread.sleep(10);
                }
                if (!countInAnswer && post.seen(counted) == 0) {
                    report.line("post %d: the poster's own screen never got the new count".formatted(k));
                } else if (!answer.contains(token)
                        && post.seen(token) == 0
                        && !post.viewport(fanOutList(post), Math.max(0, count - ROWS), count + 1)
                                .contains(token)) {
                    report.line("post %d: the poster's own list does not show it".formatted(k));
                }
                post.forget(token);
                post.forget(counted);
                double[] text = new double[sessions];
                int missing = 0;
                for (int i = 0; i < sessions; i++) {
                    long at = screens[i].seen(token);
                    long atCount = screens[i].seen(counted);
                    text[i] = at == 0 ? Double.NaN : (at - click) / 1e6;
                    if (at == 0) {
                        missing++;
                    } else {
                        textTimes.add(text[i]);
                        if (k > COLD_POSTS) {
                            warmTextTimes.add(text[i]);
                        }
                    }
                    if (atCount != 0) {
                        countTimes.add((atCount - click) / 1e6);
                    }
                }
                double[] sorted = Arrays.stream(text)
                        .filter(d -> !Double.isNaN(d))
                        .sorted()
                        .toArray();
                String browserPart = "";
                if (browser != null) {
                    long waitUntil = System.currentTimeMillis() + 10_000;
                    while (browser.seenAt(token) < 0 && System.currentTimeMillis() < waitUntil) {
                        Thread.sleep(20);
                    }
                    double shown = browser.seenAt(token);
                    String browserPush = browser.pushCarrying(token);
                    String clientPush = screens[0].carriedBy.get(token);
                    browserPart = ", browser: text in its page after %s ms, its push %s%s"
                            .formatted(
                                    shown < 0 ? "(never)" : "%.0f".formatted(shown - wallClick),
                                    browserPush == null
                                            ? "did not carry it"
                                            : "carried it (" + browserPush.length() + " chars",
                                    browserPush == null ? "" : sameShape(browserPush, clientPush));
                }
                perPost.add(
                        "post %d: poster's click answered in %.0f ms; %d/%d screens got the text, p50 %.0f ms, max %.0f ms%s%s"
                                .formatted(
                                        k,
                                        (clicked - click) / 1e6,
                                        sorted.length,
                                        sessions,
                                        percentile(sorted, 50),
                                        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
                                        missing == 0 ? "" : " (" + missing + " never)",
                                        browserPart));
                for (int i = 0; i < sessions; i++) {
                    screens[i].forget(token);
                    screens[i].forget(counted);
                }
                // as the browser does once its list grew: ask for the rows now in view
                int shown = count;
                all(
                        workers,
                        screens,
                        range(0, sessions),
                        (i, s) -> s.viewport(fanOutList(s), Math.max(0, shown - ROWS), shown + 1));
                Thread.sleep(1000);
                awaitPostInterval(click);
            }
            if (browser != null) {
                browser.close();
            }
            report.line("");
            report.line(
                    "Fan-out to %d sessions, %d posts: time from the poster's click until each session's push channel carried"
                            .formatted(sessions, posts));
            report.stats("  the message text", textTimes);
            if (posts > COLD_POSTS) {
                report.stats(
                        "  the message text, posts %d to %d (the JVM past its first posts)"
                                .formatted(COLD_POSTS + 1, posts),
                        warmTextTimes);
            }
            report.stats("  the new message count", countTimes);
            perPost.forEach(p -> report.line("  " + p));
            report.line("");
            report.line("Class histogram, 200 screens on the home page (live objects, top 25):");
            report.line(homeHistogram);
            report.line("Class histogram, 200 screens on the thread of 200 messages (top 25):");
            report.line(threadHistogram);
            long errors =
                    app.logText().lines().filter(l -> l.contains(" ERROR ")).count();
            report.line("app log: " + errors + " ERROR lines (" + app.log + ")");
            for (ScreenClient screen : screens) {
                screen.closePush();
            }
        } finally {
            workers.shutdownNow();
        }
        report.line("load average after: " + loadAverage());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.text());
        System.out.println("results written to " + out);
    }

    static String listId(ScreenClient screen) {
        // the newest list (the highest node id): a screen that came from another thread still knows that one's
        // list, and the map's order is not the nodes' order
        return screen.nodes.properties.entrySet().stream()
                .filter(e -> "vaadin-virtual-list".equals(screen.nodes.tags.get(e.getKey())))
                .filter(e ->
                        e.getValue().get("id") != null && e.getValue().get("id").endsWith("-messages"))
                .max(Map.Entry.comparingByKey())
                .map(e -> e.getValue().get("id"))
                .orElseThrow(() -> new IllegalStateException("no message list on the screen"));
    }

    static int fanOutList(ScreenClient screen) {
        return screen.nodes.withProperty("vaadin-virtual-list", "id", listId(screen));
    }

    private static String sameShape(String browser, String client) {
        if (client == null) {
            return "; no client kept its push)";
        }
        List<String> marks = List.of("updateSize", "$connector.set", "$connector.clear", "\"changes\"", "\"syncId\"");
        List<String> differ = marks.stream()
                .filter(m -> browser.contains(m) != client.contains(m))
                .toList();
        return "; a client's push: " + client.length() + " chars, "
                + (differ.isEmpty() ? "same parts" : "differs in " + differ) + ")";
    }

    static boolean allSeen(ScreenClient[] screens, int sessions, String token, String counted) {
        for (int i = 0; i < sessions; i++) {
            if (screens[i].seen(token) == 0 || screens[i].seen(counted) == 0) {
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    interface ScreenWork {
        void run(int index, ScreenClient screen) throws Exception;
    }

    /** Runs the work for each screen, a few at a time (as many people arriving at once), and waits for all. */
    static void all(ExecutorService workers, ScreenClient[] screens, List<Integer> indexes, ScreenWork work)
            throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int i : indexes) {
            running.add(workers.submit(() -> {
                work.run(i, screens[i]);
                return null;
            }));
        }
        for (Future<?> one : running) {
            one.get();
        }
    }

    static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(i);
        }
        return list;
    }

    /**
     * Waits until the discussions' interval between two posts of one person (5 s by default) has passed since the
     * last click, so that no post of the benchmark is refused as too fast.
     */
    static void awaitPostInterval(long click) throws InterruptedException {
        long wait = 5_500 - (System.nanoTime() - click) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String loadAverage() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static void copyConfig(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The heap at one moment: the bytes of all live objects, counted by a class histogram (which makes a full GC
     * first), and the heap in use read after two more full GCs. The first is the figure per screen: the second
     * also counts what the application allocated between the collection and the reading (push heartbeats,
     * background jobs), which moved one run's home page figure by 19 MB with the same live objects.
     */
    record Heap(long live, long used) {
        static Heap of(LiveApp app) throws Exception {
            long live = app.liveObjects().bytes();
            return new Heap(live, app.heapAfterFullGc());
        }

        Heap minus(Heap before) {
            return new Heap(live - before.live, used - before.used);
        }
    }

    /** What is printed and written. */
    static final class Report {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            System.out.println(line);
            text.append(line).append('\n');
        }

        void perScreen(String what, int screens, Heap grown) {
            line("heap per screen, %s: %.3f MB (%.1f MB for %d; heap in use after GC: %.3f MB per screen)"
                    .formatted(
                            what,
                            grown.live() / MB / screens,
                            grown.live() / MB,
                            screens,
                            grown.used() / MB / screens));
        }

        void stats(String what, List<Double> times) {
            double[] sorted =
                    times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            line("%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d deliveries)"
                    .formatted(
                            what,
                            percentile(sorted, 50),
                            percentile(sorted, 95),
                            sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
                            sorted.length));
        }

        String text() {
            return text.toString();
        }
    }
}
