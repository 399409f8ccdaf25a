package org.passerelle.bench.live;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.passerelle.extraction.TestDocuments;

/**
 * The soak benchmark (not a test: run it with {@code src/bench/soak.sh}): does the app JVM's heap after a full GC
 * stay flat while people use it for a long time?
 *
 * <p>Starts the packaged jar as the README's production start does (config/jvm.options, fresh data directory,
 * demo data), adds {@code sessions} board members, starts it again. Each person signs in through the login form
 * in their own HTTP session and browses for {@code minutes} ({@link ScreenClient}: Vaadin's client protocol with
 * a push WebSocket): every 3 to 8 seconds (random, seeded per person) another of the main pages — home, the
 * space and its thread, the space with the thread of 200 messages, a proposal, the calls and a call, the sessions
 * and a session, a search with a query, a document, the notifications, my spaces. Four pages in five are opened
 * as the menu and links do (the same UI, a new view); one in five as a full page load (reload, an address typed):
 * the old page sends Vaadin's unload beacon, its push WebSocket closes, a new UI is made. Heartbeats go every five
 * minutes as the client's timer sends them. On the space's thread a person sometimes posts a message (at most one
 * per 30 s each, well above the 5 s flood interval). Every 10 to 20 s one of the sessions uploads a real file
 * (Tika's test documents) to the space's library through the page's own vaadin-upload (its target URL, raw
 * format, as the web component sends it), so that the extraction worker runs too.
 *
 * <p>Every minute: a class histogram (which makes a full GC): the bytes of all live objects (the live heap, the
 * figure judged: the heap in use read after {@code GC.run} also counts what the busy app allocated while jcmd
 * started, tens of MB), and the live UIs, Vaadin sessions, HTTP sessions, state nodes and views; then the heap in
 * use after two more full GCs, for comparison. At the end the pages are left (unload beacons), one more
 * measurement is taken, the app is stopped and the uploaded documents' extraction states are read. The report:
 * the series, first/last 5-minute medians, the slope of the heap after GC over the last 20 minutes; it judges
 * nothing, but the run fails (exit 1) if the app stops or a session gets an error.
 */
public final class SoakBenchmark {

    /** Real documents of the accepted types, from Tika's published test jars (as the upload stream benchmark). */
    private static final List<String> FILES = List.of(
            "testPDF.pdf",
            "testComment.docx",
            "testODT-TIKA-6000.odt",
            "testJPEG_EXIF.jpg",
            "testMSChart-govdocs-428996.pptx",
            "testEXCEL_embeded.xlsx",
            "resume.html",
            "testOCR.pdf",
            "testControlCharacters.doc",
            "testEPUB_multi-metadata-vals.epub",
            "testJournalParser.pdf",
            "testODP_NPE.odp",
            "jxl.xls",
            "testDocumentLink.doc",
            "testPDF_childAttachments.pdf");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("epub", "application/epub+zip"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("html", "text/html"));

    private static final List<String> QUERIES = List.of("health", "budget", "association", "training", "diaspora");
    /** The text of the error views' link (not found, not allowed): a page that did not open. */
    private static final String ERROR_PAGE_MARK = "Back to the home page";
    /** Vaadin's InternalServerError view (an exception while the view was made). */
    private static final String SERVER_ERROR_MARK = "exception while trying to navigate";

    private static final double MB = 1024.0 * 1024.0;
    /** Messages seeded in the space's thread (posts are added to it) and in the long thread. */
    private static final int THREAD_START = 5;

    private static final int LONG_THREAD = 200;
    private static final long SEED = 20261203L;

    private record Page(String name, String route, String query, int weight) {}

    private record Sample(
            String when,
            double minute,
            double liveMb,
            double heapMb,
            long uis,
            long vaadinSessions,
            long httpSessions,
            long stateNodes,
            long views,
            long pages,
            long uploads,
            long posts,
            long errors,
            String load) {}

    /** One person: their screen and what they did last; used by one task at a time. */
    private static final class Person {
        final int index;
        final ScreenClient screen;
        final Random random;
        long lastPost;
        long lastHeartbeat;

        Person(int index, ScreenClient screen) {
            this.index = index;
            this.screen = screen;
            this.random = new Random(SEED + index);
        }
    }

    private final AtomicLong pagesOpened = new AtomicLong();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong posts = new AtomicLong();
    private final AtomicLong uploadsDone = new AtomicLong();
    private final AtomicLong uploadsFailed = new AtomicLong();
    private final AtomicLong uploadBytes = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private final AtomicInteger uploadNumber = new AtomicInteger();
    private final AtomicLong nextUploadAt = new AtomicLong();
    private final Map<String, AtomicLong> perPage = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final Random uploadRandom = new Random(SEED);
    private volatile boolean running = true;

    private List<Page> pages;
    private String spaceRoute;
    private List<Path> files;

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench/soak-results.md");
        boolean failed = new SoakBenchmark().run(minutes, sessions, out);
        System.exit(failed ? 1 : 0);
    }

    private boolean run(int minutes, int sessions, Path out) throws Exception {
        Path jar = Path.of(System.getProperty("passerelle.jar"));
        LiveFanOutBenchmark.Report report = new LiveFanOutBenchmark.Report();
        report.line(
                "# Soak: %d minutes, %d sessions browsing, uploads (src/bench/soak.sh)".formatted(minutes, sessions));
        report.line("");
        report.line("- load average before: " + LiveFanOutBenchmark.loadAverage());

        Path home = Files.createTempDirectory("passerelle-soak");
        LiveFanOutBenchmark.copyConfig(Path.of("config"), home.resolve("config"));
        Path data = home.resolve("data");
        try (LiveApp first = LiveApp.start(jar, home, data)) {
            first.awaitDemoData(Duration.ofSeconds(240));
        }
        BenchPeople.Seeded seeded = BenchPeople.seed(data, sessions, THREAD_START, LONG_THREAD);
        Map<String, Long> ids = BenchPeople.pages(data, seeded);
        spaceRoute = "spaces/" + seeded.fanOutSpaceId();
        pages = pages(seeded, ids);
        report.line("- pages (weight): "
                + String.join(
                        ", ",
                        pages.stream()
                                .map(p -> p.name() + " (" + p.weight() + ")")
                                .toList()));
        files = uploadFiles(Files.createDirectories(home.resolve("upload-files")));

        List<Sample> series = new ArrayList<>();
        String early = "";
        String earlyWhen = "";
        String late = "";
        String failure = null;
        Map<String, Long> extraction = Map.of();
        ScheduledExecutorService browsing = Executors.newScheduledThreadPool(6);
        ExecutorService starting = Executors.newFixedThreadPool(8);
        List<HttpClient> https = Stream.generate(() -> HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build())
                .limit(4)
                .toList();
        LiveApp app = LiveApp.start(jar, home, data);
        try {
            report.line("- app pid %d, %s, started with @config/jvm.options (%s)"
                    .formatted(app.pid(), app.baseUrl, jvmOptions(home)));
            ScreenClient[] screens = new ScreenClient[sessions];
            Person[] people = new Person[sessions];
            for (int i = 0; i < sessions; i++) {
                screens[i] = new ScreenClient(https.get(i % https.size()), app.baseUrl);
                people[i] = new Person(i, screens[i]);
            }
            series.add(sample(app, "started, nobody signed in", 0));
            LiveFanOutBenchmark.all(starting, screens, LiveFanOutBenchmark.range(0, sessions), (i, s) -> {
                s.signIn(BenchPeople.email(i), BenchPeople.PASSWORD);
                s.open("");
                people[i].lastHeartbeat = System.nanoTime();
                pagesOpened.incrementAndGet();
            });
            series.add(sample(app, "all signed in, home page", 0));
            print(series.getLast());

            long start = System.nanoTime();
            nextUploadAt.set(start + Duration.ofSeconds(5).toNanos());
            for (Person person : people) {
                browsing.schedule(() -> step(browsing, person), person.random.nextInt(5000), TimeUnit.MILLISECONDS);
            }
            for (int minute = 1; minute <= minutes && failure == null; minute++) {
                long due = start + Duration.ofMinutes(minute).toNanos();
                while (System.nanoTime() < due && app.alive()) {
                    Thread.sleep(Math.min(1000, Math.max(1, (due - System.nanoTime()) / 1_000_000)));
                }
                if (!app.alive()) {
                    failure = "the app stopped after %d minutes (see %s)".formatted(minute - 1, app.log);
                    break;
                }
                series.add(sample(app, "minute " + minute, (System.nanoTime() - start) / 60e9));
                print(series.getLast());
                if (minute == Math.min(5, minutes)) {
                    early = app.histogram(20);
                    earlyWhen = "minute " + minute;
                }
                if (minute == minutes) {
                    late = app.histogram(20);
                }
            }
            running = false;
            browsing.shutdown();
            if (!browsing.awaitTermination(2, TimeUnit.MINUTES)) {
                browsing.shutdownNow();
            }
            if (failure == null && app.alive()) {
                // everybody closes their tab: the unload beacons close the UIs at once
                LiveFanOutBenchmark.all(starting, screens, LiveFanOutBenchmark.range(0, sessions), (i, s) -> s.leave());
                series.add(sample(app, "all pages left (unload beacons)", (System.nanoTime() - start) / 60e9));
                print(series.getLast());
                long appErrors =
                        app.logText().lines().filter(l -> l.contains(" ERROR ")).count();
                report.line("- app log: %d ERROR lines (%s)".formatted(appErrors, app.log));
            }
        } catch (Exception e) {
            failure = "the benchmark stopped: " + e;
            e.printStackTrace();
        } finally {
            running = false;
            browsing.shutdownNow();
            starting.shutdownNow();
            boolean crashed = !app.alive();
            if (failure == null && crashed) {
                failure = "the app stopped (see " + app.log + ")";
            }
            if (!crashed) {
                awaitExtraction(app, Duration.ofMinutes(3));
            }
            app.close();
        }
        extraction = extractionStates(data);
        report.line("- load average after: " + LiveFanOutBenchmark.loadAverage());
        report.line("");
        summary(report, series, minutes, extraction);
        report.line("");
        report.line("Series (live heap: the bytes of all live objects in the class histogram, which makes a full GC;"
                + " heap in use: GC.heap_info after two GC.run, which also counts what was allocated since;"
                + " live instances from the same histogram):");
        report.line("");
        report.line(
                "| when | min | live heap after full GC (MB) | heap in use after GC (MB) | UIs | Vaadin sessions | HTTP sessions | state nodes | views"
                        + " | pages opened | uploads | posts | errors | load |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Sample s : series) {
            report.line("| %s | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |"
                    .formatted(
                            s.when(),
                            s.minute(),
                            s.liveMb(),
                            s.heapMb(),
                            s.uis(),
                            s.vaadinSessions(),
                            s.httpSessions(),
                            s.stateNodes(),
                            s.views(),
                            s.pages(),
                            s.uploads(),
                            s.posts(),
                            s.errors(),
                            s.load()));
        }
        if (!late.isEmpty()) {
            report.line("");
            report.line("Class histogram at %s (live objects, top 20):".formatted(earlyWhen));
            report.line("```");
            report.line(early.strip());
            report.line("```");
            report.line("Class histogram at minute %d (top 20):".formatted(minutes));
            report.line("```");
            report.line(late.strip());
            report.line("```");
        }
        if (!errorSamples.isEmpty()) {
            report.line("");
            report.line("First errors:");
            errorSamples.forEach(e -> report.line("- " + e));
        }
        boolean failed = failure != null || errors.get() > 0;
        report.line("");
        report.line(
                failed
                        ? "FAILED: " + (failure != null ? failure : errors.get() + " session errors (see above)")
                        : "Completed without errors (the figures are reported, not judged).");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.text());
        System.out.println("results written to " + out);
        return failed;
    }

    /** The main pages a board member opens, with how often each is chosen. */
    private static List<Page> pages(BenchPeople.Seeded seeded, Map<String, Long> ids) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("home", "", "", 4));
        pages.add(new Page("space and its thread", "spaces/" + seeded.fanOutSpaceId(), "", 4));
        pages.add(new Page("thread of 200 messages", "spaces/" + seeded.longThreadSpaceId(), "", 2));
        pages.add(new Page("proposal", "proposals/" + seeded.proposalId(), "", 3));
        pages.add(new Page("calls", "calls", "", 1));
        if (ids.containsKey("call")) {
            pages.add(new Page("a call", "calls/" + ids.get("call"), "", 1));
        }
        pages.add(new Page("sessions", "sessions", "", 1));
        if (ids.containsKey("session")) {
            pages.add(new Page("a session", "sessions/" + ids.get("session"), "", 1));
        }
        pages.add(new Page("search", "search", "q=", 2));
        if (ids.containsKey("document")) {
            pages.add(new Page("a document", "documents/" + ids.get("document"), "", 1));
        }
        pages.add(new Page("notifications", "notifications", "", 1));
        pages.add(new Page("my spaces", "my-spaces", "", 1));
        return pages;
    }

    private static List<Path> uploadFiles(Path folder) {
        return FILES.stream().map(name -> TestDocuments.tika(name, folder)).toList();
    }

    /** One step of a person, then the next one scheduled 3 to 8 s later (the person reads in between). */
    private void step(ScheduledExecutorService browsing, Person person) {
        if (!running) {
            return;
        }
        try {
            long now = System.nanoTime();
            long due = nextUploadAt.get();
            if (now >= due
                    && nextUploadAt.compareAndSet(due, now + (10_000L + uploadRandom.nextInt(10_000)) * 1_000_000)) {
                upload(person);
            } else {
                browse(person);
            }
            if (System.nanoTime() - person.lastHeartbeat > Duration.ofMinutes(5).toNanos()) {
                person.screen.heartbeat(); // the client's heartbeat timer (heartbeatInterval, 300 s)
                person.lastHeartbeat = System.nanoTime();
                heartbeats.incrementAndGet();
            }
        } catch (Exception e) {
            if (running) {
                error(person, e.toString());
                recover(person);
            }
        } finally {
            if (running) {
                try {
                    browsing.schedule(
                            () -> step(browsing, person), 3000 + person.random.nextInt(5000), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    // the run is over
                }
            }
        }
    }

    private void browse(Person person) throws Exception {
        Page page = pick(person.random);
        ScreenClient screen = person.screen;
        String query =
                page.query().equals("q=") ? "q=" + QUERIES.get(person.random.nextInt(QUERIES.size())) : page.query();
        if (person.random.nextInt(5) == 0) {
            // a full page load: the old page's unload beacon and push close, a new UI
            screen.leave();
            screen.open(page.route());
            person.lastHeartbeat = System.nanoTime(); // the new page's heartbeat timer starts
            if (!query.isEmpty()) {
                screen.navigate(page.route(), query);
            }
            reloads.incrementAndGet();
        } else {
            screen.nodes.clear(); // the old view's nodes are gone; what the client keeps stays small
            screen.navigate(page.route(), query);
        }
        pagesOpened.incrementAndGet();
        perPage.computeIfAbsent(page.name(), n -> new AtomicLong()).incrementAndGet();
        if (screen.nodes.texts.containsValue(ERROR_PAGE_MARK)) {
            throw new IllegalStateException("the page " + page.route() + " showed an error view");
        }
        if (screen.nodes.texts.values().stream().anyMatch(t -> t.contains(SERVER_ERROR_MARK))) {
            throw new IllegalStateException(
                    "the page " + page.route() + "?" + query + " showed Vaadin's internal error view");
        }
        if (page.route().startsWith("spaces/")) {
            // the browser's message list, scrolled to the end, asks for the rows in view
            int size = page.route().equals(spaceRoute) ? THREAD_START + (int) posts.get() : LONG_THREAD;
            // (Vaadin's setViewportRange takes the first row and the number of rows)
            screen.viewport(
                    LiveFanOutBenchmark.fanOutList(screen),
                    Math.max(0, size - LiveFanOutBenchmark.ROWS),
                    LiveFanOutBenchmark.ROWS + 1);
        }
        if (page.route().equals(spaceRoute)
                && System.nanoTime() - person.lastPost > Duration.ofSeconds(30).toNanos()
                && person.random.nextInt(4) == 0) {
            post(person);
        }
    }

    private void post(Person person) throws Exception {
        ScreenClient screen = person.screen;
        int area = screen.nodes.withProperty("vaadin-text-area", "label", "Message");
        int send = screen.nodes.withText("vaadin-button", "Send");
        String text = "Soak message %d from person %d: who brings the training material?"
                .formatted(posts.get() + 1, person.index);
        screen.type(area, text);
        String answer = screen.click(send);
        person.lastPost = System.nanoTime();
        long posted = posts.incrementAndGet();
        if (!answer.contains(text)) {
            // the list shows the new message once the browser asks for the rows at its end (others may have
            // posted meanwhile; a window of ten rows missed about 2 % of the posts, all of them stored)
            int size = THREAD_START + (int) posted;
            String rows = screen.viewport(LiveFanOutBenchmark.fanOutList(screen), Math.max(0, size - 30), 60);
            if (!rows.contains(text)) {
                throw new IllegalStateException("the post did not show in the poster's list");
            }
        }
    }

    /** Opens the space (its library with the upload) as a person does, and uploads the next file through it. */
    private void upload(Person person) throws Exception {
        ScreenClient screen = person.screen;
        screen.nodes.clear();
        screen.navigate(spaceRoute, "");
        pagesOpened.incrementAndGet();
        perPage.computeIfAbsent("space (to upload)", n -> new AtomicLong()).incrementAndGet();
        int uploadNode = screen.nodes.lastOf("vaadin-upload");
        if (uploadNode < 0) {
            uploadsFailed.incrementAndGet();
            throw new IllegalStateException("no vaadin-upload on the space's page");
        }
        int n = uploadNumber.incrementAndGet();
        Path file = files.get((n - 1) % files.size());
        String original = file.getFileName().toString();
        String extension = original.substring(original.lastIndexOf('.') + 1);
        // a new name each time: a new document whose text the extraction worker reads
        String name = "soak-%04d-%s".formatted(n, original);
        int status = screen.upload(uploadNode, file, name, TYPES.getOrDefault(extension, "application/octet-stream"));
        if (status != 200) {
            uploadsFailed.incrementAndGet();
            throw new IllegalStateException("upload of " + name + " answered " + status);
        }
        uploadsDone.incrementAndGet();
        uploadBytes.addAndGet(Files.size(file));
    }

    /** After an error the person reloads the home page, as someone would. */
    private void recover(Person person) {
        try {
            person.screen.leave();
        } catch (Exception ignored) {
            // the old page may be gone already
        }
        try {
            person.screen.open("");
            person.lastHeartbeat = System.nanoTime();
        } catch (Exception e) {
            error(person, "reload after an error: " + e);
        }
    }

    private void error(Person person, String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add("person %d at %s: %s".formatted(person.index, java.time.LocalTime.now(), what));
        }
        System.err.println("session error, person " + person.index + ": " + what);
    }

    private Page pick(Random random) {
        int total = pages.stream().mapToInt(Page::weight).sum();
        int r = random.nextInt(total);
        for (Page page : pages) {
            r -= page.weight();
            if (r < 0) {
                return page;
            }
        }
        return pages.getLast();
    }

    private Sample sample(LiveApp app, String when, double minute) throws Exception {
        LiveApp.LiveObjects live = app.liveObjects();
        Map<String, Long> counts = live.instances();
        long heap = app.heapAfterFullGc();
        long views = counts.entrySet().stream()
                .filter(e -> isRoute(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return new Sample(
                when,
                minute,
                live.bytes() / MB,
                heap / MB,
                counts.getOrDefault("com.vaadin.flow.component.internal.UIInternals", 0L),
                counts.getOrDefault("com.vaadin.flow.spring.SpringVaadinSession", 0L)
                        + counts.getOrDefault("com.vaadin.flow.server.VaadinSession", 0L),
                counts.getOrDefault("org.apache.catalina.session.StandardSession", 0L),
                counts.getOrDefault("com.vaadin.flow.internal.StateNode", 0L),
                views,
                pagesOpened.get(),
                uploadsDone.get(),
                posts.get(),
                errors.get(),
                LiveFanOutBenchmark.loadAverage());
    }

    private final Map<String, Boolean> routes = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the class is one of the app's views ({@code @Route}; the client has the app's classes too). */
    private boolean isRoute(String className) {
        if (!className.startsWith("org.passerelle.") || className.contains("$")) {
            return false;
        }
        return routes.computeIfAbsent(className, name -> {
            try {
                return Class.forName(name, false, SoakBenchmark.class.getClassLoader())
                        .isAnnotationPresent(com.vaadin.flow.router.Route.class);
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    private static void print(Sample s) {
        System.out.printf(
                "%s: live heap after full GC %.1f MB (heap in use after GC %.1f MB), %d UIs, %d Vaadin sessions, %d state nodes, %d pages, %d uploads, %d posts,"
                        + " %d errors, load %s%n",
                s.when(),
                s.liveMb(),
                s.heapMb(),
                s.uis(),
                s.vaadinSessions(),
                s.stateNodes(),
                s.pages(),
                s.uploads(),
                s.posts(),
                s.errors(),
                s.load());
    }

    private void summary(
            LiveFanOutBenchmark.Report report, List<Sample> series, int minutes, Map<String, Long> extraction) {
        List<Sample> running =
                series.stream().filter(s -> s.when().startsWith("minute ")).toList();
        double firstMedian = median(running.stream()
                .filter(s -> s.minute() <= 5.5)
                .mapToDouble(Sample::liveMb)
                .toArray());
        double lastMedian = median(running.stream()
                .filter(s -> s.minute() > minutes - 4.5)
                .mapToDouble(Sample::liveMb)
                .toArray());
        List<Sample> last20 =
                running.stream().filter(s -> s.minute() > minutes - 20 - 0.5).toList();
        double slope = slopePerTenMinutes(last20);
        double max = running.stream().mapToDouble(Sample::liveMb).max().orElse(Double.NaN);
        double min = running.stream().mapToDouble(Sample::liveMb).min().orElse(Double.NaN);
        long maxUis = running.stream().mapToLong(Sample::uis).max().orElse(0);
        report.line("| figure | value |");
        report.line("|---|---|");
        report.line("| live heap after full GC, median of the first 5 minutes | %.1f MB |".formatted(firstMedian));
        report.line("| live heap after full GC, median of the last 5 minutes | %.1f MB |".formatted(lastMedian));
        report.line(
                "| slope of the live heap after full GC over the last %d samples (least squares) | %+.2f MB per 10 min |"
                        .formatted(last20.size(), slope));
        report.line("| live heap after full GC, min / max while browsing | %.1f / %.1f MB |".formatted(min, max));
        report.line("| live UIs while browsing (max; one per session expected) | %d |".formatted(maxUis));
        report.line("| pages opened (of which full page loads with an unload beacon) | %d (%d) |"
                .formatted(pagesOpened.get(), reloads.get()));
        report.line("| uploads done / failed | %d / %d (%.1f MB) |"
                .formatted(uploadsDone.get(), uploadsFailed.get(), uploadBytes.get() / 1e6));
        report.line("| uploaded documents by extraction state, after the run | %s |"
                .formatted(extraction.isEmpty() ? "(not read)" : extraction.toString()));
        report.line("| messages posted | %d |".formatted(posts.get()));
        report.line("| heartbeats sent | %d |".formatted(heartbeats.get()));
        report.line("| session errors | %d |".formatted(errors.get()));
        report.line("");
        report.line("Pages opened: " + perPage);
    }

    /** Waits until the app's log has been quiet for 20 s (the extraction of the last uploads), at most the timeout. */
    private static void awaitExtraction(LiveApp app, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long size = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && app.alive()) {
            long now = app.logText().length();
            if (now != size) {
                size = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 20_000_000_000L) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    /** The uploaded documents by extraction state, read from the database once the app is stopped. */
    private static Map<String, Long> extractionStates(Path data) {
        Map<String, Long> states = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("passerelle") + ";AUTO_SERVER=FALSE", "sa", "");
                ResultSet rows = db.createStatement()
                        .executeQuery("select extraction_state, count(*) from document where name like 'soak-%'"
                                + " group by extraction_state order by extraction_state")) {
            while (rows.next()) {
                states.put(rows.getString(1), rows.getLong(2));
            }
        } catch (Exception e) {
            states.put("(could not read: " + e.getMessage() + ")", 0L);
        }
        return states;
    }

    private static String jvmOptions(Path home) throws Exception {
        return String.join(
                " ",
                Files.readAllLines(home.resolve("config/jvm.options")).stream()
                        .filter(l -> l.startsWith("-"))
                        .toList());
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Least-squares slope of heap (MB) against time, times 10 minutes. */
    static double slopePerTenMinutes(List<Sample> samples) {
        int n = samples.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = samples.stream().mapToDouble(Sample::minute).average().orElseThrow();
        double my = samples.stream().mapToDouble(Sample::liveMb).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Sample s : samples) {
            sxy += (s.minute() - mx) * (s.liveMb() - my);
            sxx += (s.minute() - mx) * (s.minute() - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx * 10;
    }
}
