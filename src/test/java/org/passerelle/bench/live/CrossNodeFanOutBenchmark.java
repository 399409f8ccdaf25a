package org.passerelle.bench.live;

import static org.passerelle.bench.live.LiveFanOutBenchmark.ROWS;
import static org.passerelle.bench.live.LiveFanOutBenchmark.all;
import static org.passerelle.bench.live.LiveFanOutBenchmark.allSeen;
import static org.passerelle.bench.live.LiveFanOutBenchmark.awaitPostInterval;
import static org.passerelle.bench.live.LiveFanOutBenchmark.copyConfig;
import static org.passerelle.bench.live.LiveFanOutBenchmark.fanOutList;
import static org.passerelle.bench.live.LiveFanOutBenchmark.loadAverage;
import static org.passerelle.bench.live.LiveFanOutBenchmark.range;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Cross-node live delivery (not a test: run it with {@code src/bench/live-two-nodes.sh}): the packaged jar started
 * twice as the README's production start does, with the {@code postgres} profile on one fresh database of the
 * machine's PostgreSQL server and one shared document folder (as "Running several nodes" describes); {@code
 * sessions} board members signed in, half on node A and half on node B, each with the posting thread open over
 * Vaadin's client protocol and a push WebSocket of its own ({@link ScreenClient}); a poster on node A types and
 * clicks Send through the UI. For each post: the time from the click until each session's push carries the text,
 * reported for the sessions on A (same node) and on B (the event went through PostgreSQL's NOTIFY), p50/p95/max.
 */
public final class CrossNodeFanOutBenchmark {

    private CrossNodeFanOutBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench/live-two-nodes-results.md");
        Path jar = Path.of(System.getProperty("passerelle.jar"));
        String server = System.getenv()
                .getOrDefault("PASSERELLE_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        LiveFanOutBenchmark.Report report = new LiveFanOutBenchmark.Report();
        report.line("load average before: " + loadAverage());

        String database = "passerelle_live_" + System.currentTimeMillis();
        String url = server.substring(0, server.lastIndexOf('/') + 1) + database;
        execute(server, "create database " + database);
        Path home = Files.createTempDirectory("passerelle-live-two");
        copyConfig(Path.of("config"), home.resolve("config"));
        Path documents = home.resolve("shared-documents");
        List<String> node = List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--passerelle.accounts.demo-data=true",
                "--passerelle.documents.storage-dir=" + documents);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            try (LiveApp first = LiveApp.start(jar, home, home.resolve("data-a"), node)) {
                first.awaitDemoData(Duration.ofSeconds(240));
            }
            int poster = sessions;
            BenchPeople.Seeded seeded;
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                seeded = BenchPeople.seed(db, sessions + 1, 5, 0);
            }
            String fanOut = "spaces/" + seeded.fanOutSpaceId();
            List<HttpClient> https = Stream.generate(() -> HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build())
                    .limit(8)
                    .toList();
            try (LiveApp a = LiveApp.start(jar, home, home.resolve("data-a"), node);
                    LiveApp b = LiveApp.start(jar, home, home.resolve("data-b"), node)) {
                report.line("node A pid %d at %s, node B pid %d at %s, one PostgreSQL database %s"
                        .formatted(a.pid(), a.baseUrl, b.pid(), b.baseUrl, database));
                ScreenClient[] screens = new ScreenClient[sessions + 1];
                for (int i = 0; i < screens.length; i++) {
                    // even-numbered sessions and the poster on A, odd-numbered on B
                    String base = i % 2 == 0 || i == poster ? a.baseUrl : b.baseUrl;
                    screens[i] = new ScreenClient(https.get(i % https.size()), base);
                }
                ScreenClient post = screens[poster];
                post.signIn(BenchPeople.email(poster), BenchPeople.PASSWORD);
                post.open(fanOut);
                int[] count = {seeded.fanOutMessages()};
                post.viewport(fanOutList(post), Math.max(0, count[0] - ROWS), count[0] + 1);
                all(workers, screens, range(0, sessions), (i, s) -> {
                    s.signIn(BenchPeople.email(i), BenchPeople.PASSWORD);
                    s.open(fanOut);
                    s.viewport(fanOutList(s), Math.max(0, count[0] - ROWS), count[0] + 1);
                });
                int area = post.nodes.withProperty("vaadin-text-area", "label", "Message");
                int send = post.nodes.withText("vaadin-button", "Send");
                List<Double> sameNode = new ArrayList<>();
                List<Double> otherNode = new ArrayList<>();
                List<String> perPost = new ArrayList<>();
                for (int k = 1; k <= posts; k++) {
                    String token = "Crossnode-" + k + "-" + System.nanoTime();
                    count[0]++;
                    String counted = "\"" + count[0] + " messages\"";
                    for (int i = 0; i < sessions; i++) {
                        screens[i].watch(token);
                        screens[i].watch(counted);
                    }
                    post.type(area, token);
                    long click = System.nanoTime();
                    String answer = post.click(send);
                    long clicked = System.nanoTime();
                    long deadline = click + Duration.ofSeconds(30).toNanos();
                    while (System.nanoTime() < deadline && !allSeen(screens, sessions, token, counted)) {
                        Thread.sleep(10);
                    }
                    int missing = 0;
                    for (int i = 0; i < sessions; i++) {
                        long at = screens[i].seen(token);
                        if (at == 0) {
                            missing++;
                        } else {
                            (i % 2 == 0 ? sameNode : otherNode).add((at - click) / 1e6);
                        }
                    }
                    perPost.add("post %d: click answered in %.0f ms%s; %d of %d sessions never got it"
                            .formatted(
                                    k,
                                    (clicked - click) / 1e6,
                                    answer.contains(token) ? "" : " (the poster's answer does not show it)",
                                    missing,
                                    sessions));
                    for (int i = 0; i < sessions; i++) {
                        screens[i].forget(token);
                        screens[i].forget(counted);
                    }
                    int shown = count[0];
                    all(
                            workers,
                            screens,
                            range(0, sessions),
                            (i, s) -> s.viewport(fanOutList(s), Math.max(0, shown - ROWS), shown + 1));
                    post.viewport(fanOutList(post), Math.max(0, shown - ROWS), shown + 1);
                    Thread.sleep(1000);
                    awaitPostInterval(click);
                }
                report.line("");
                report.line(("Fan-out of %d posts to %d sessions over two nodes: time from the poster's click (on A)"
                                + " until each session's push channel carried the text")
                        .formatted(posts, sessions));
                report.stats("  sessions on node A (same node as the poster)", sameNode);
                report.stats("  sessions on node B (through PostgreSQL NOTIFY)", otherNode);
                List<Double> everyone = new ArrayList<>(sameNode);
                everyone.addAll(otherNode);
                report.stats("  all sessions", everyone);
                perPost.forEach(p -> report.line("  " + p));
                for (LiveApp app : List.of(a, b)) {
                    long errors = app.logText()
                            .lines()
                            .filter(l -> l.contains(" ERROR "))
                            .count();
                    report.line("app log: " + errors + " ERROR lines (" + app.log + ")");
                }
                for (ScreenClient screen : screens) {
                    screen.closePush();
                }
            }
        } finally {
            workers.shutdownNow();
            execute(server, "drop database if exists " + database + " with (force)");
        }
        report.line("load average after: " + loadAverage());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.text());
        System.out.println("results written to " + out);
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
