package org.passerelle.discussions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionsFixture;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ThreadInfo;
import org.passerelle.discussions.ThreadService;
import org.passerelle.discussions.ui.ThreadPanelProbe;
import org.passerelle.spaces.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The discussions benchmark (not a test: its class names do not end in "Test", so the normal build skips
 * it; run {@code src/bench/discussions.sh}). With 100,000 messages in the database (a thread of 5,000 and
 * 19 threads of 5,000 more), it measures the server time to open the big thread (what the thread panel
 * asks: the thread, its count, the page at the reader's position, the read pointer) and to post in it; the
 * time a post takes to reach 300 open thread panels; and the heap per open panel showing the thread
 * (after a full GC). Figures go to standard output and to {@code target/bench/discussions-<db>.txt}.
 */
abstract class DiscussionsBenchmark {

    static final int THREADS = 20;
    static final int PER_THREAD = 5_000;
    static final int RUNS = 200;
    static final int OPEN_UIS = 300;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ThreadService threads;

    @Autowired
    MessageService messages;

    private final List<String> report = new ArrayList<>();

    abstract String database();

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        TestAccounts.signOut();
    }

    @Test
    void run() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        DiscussionsFixture fixture = new DiscussionsFixture(context, accounts);
        long spaceId = fixture.space(AccessMode.OPEN);
        accounts.signIn(TestAccounts.BOARD);
        long threadId = threads.open(SubjectRef.space(spaceId)).id();
        long seedStart = System.nanoTime();
        seed(spaceId, threadId, accounts);
        line(
                "seeded %,d messages in %d threads in %.1f s",
                count("discussion_message"), THREADS, (System.nanoTime() - seedStart) / 1e9);

        accounts.signIn(TestAccounts.BOARD);
        jdbc.update("delete from discussion_read");
        long[] open = time(RUNS, () -> {}, () -> {
            ThreadInfo info = threads.open(SubjectRef.space(spaceId));
            long offset = Math.max(0, Math.min(info.firstUnreadIndex(), info.messageCount() - 50));
            threads.count(info.id());
            int shown = threads.messages(info.id(), offset, 50, info.lastReadMessageId())
                    .size();
            return shown;
        });
        line("open a thread of %,d messages (thread and read pointer, count, page of 50): %s", PER_THREAD, stats(open));
        long board = accounts.idOf(TestAccounts.BOARD);
        long[] post = time(RUNS, () -> postedLongAgo(board), () -> {
            return messages.post(threadId, "A message with **Markdown** and a mention of @Bintou Both", null)
                    .id();
        });
        line("post a message (validation, rate limit, mentions, insert, events): %s", stats(post));

        long[] relay = new long[20];
        org.passerelle.discussions.ThreadUpdates updates =
                context.getBean(org.passerelle.discussions.ThreadUpdates.class);
        for (int i = 0; i < relay.length; i++) {
            java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(OPEN_UIS);
            List<org.passerelle.discussions.ThreadUpdates.Subscription> subscriptions = new ArrayList<>();
            for (int j = 0; j < OPEN_UIS; j++) {
                subscriptions.add(updates.subscribe(threadId, event -> reached.countDown()));
            }
            postedLongAgo(accounts.idOf(TestAccounts.BOARD));
            long start = System.nanoTime();
            messages.post(threadId, "relayed " + i, null);
            assertThat(reached.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            relay[i] = System.nanoTime() - start;
            subscriptions.forEach(org.passerelle.discussions.ThreadUpdates.Subscription::cancel);
        }
        line("a post (committed) until %d subscribers of the relay have it: %s", OPEN_UIS, stats(relay));

        setUpVaadin();
        accounts.signIn(TestAccounts.BOARD);
        long before = usedHeapAfterGc();
        ThreadPanelProbe probe = ThreadPanelProbe.open(context, SubjectRef.space(spaceId), OPEN_UIS);
        long after = usedHeapAfterGc();
        line(
                "heap per open thread panel showing 50 rendered messages: %.3f MB (%d panels, %.1f MB in all)",
                (after - before) / (double) OPEN_UIS / (1 << 20), OPEN_UIS, (after - before) / (double) (1 << 20));

        long[] fanOut = new long[20];
        for (int i = 0; i < fanOut.length; i++) {
            postedLongAgo(accounts.idOf(TestAccounts.BOTH));
            accounts.signIn(TestAccounts.BOTH);
            long start = System.nanoTime();
            messages.post(threadId, "reaching everyone " + i, null);
            accounts.signIn(TestAccounts.BOARD);
            probe.awaitAllShow(threads.count(threadId));
            fanOut[i] = System.nanoTime() - start;
        }
        line("a post until all %d open panels have refreshed (their last one): %s", OPEN_UIS, stats(fanOut));
        write();
        assertThat(open).hasSize(RUNS);
    }

    private void seed(long spaceId, long bigThread, TestAccounts accounts) {
        long[] authors = {
            accounts.idOf(TestAccounts.MEMBER), accounts.idOf(TestAccounts.BOARD), accounts.idOf(TestAccounts.BOTH)
        };
        List<Long> threadIds = new ArrayList<>(List.of(bigThread));
        for (int t = 1; t < THREADS; t++) {
            jdbc.update(
                    "insert into discussion_thread (subject_type, subject_id, space_id, locked, created_at, version)"
                            + " values ('SESSION', ?, ?, false, ?, 0)",
                    900_000 + t,
                    spaceId,
                    Timestamp.from(Instant.now()));
        }
        threadIds.addAll(jdbc.queryForList(
                "select id from discussion_thread where subject_type = 'SESSION' order by id", Long.class));
        Timestamp long_ago = Timestamp.from(Instant.now().minusSeconds(86_400));
        for (long thread : threadIds) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
                rows.add(new Object[] {
                    thread,
                    authors[i % 3],
                    "Message " + i + " about **water** and _schools_ in Kigali, see https://example.org/" + i,
                    long_ago
                });
            }
            jdbc.batchUpdate(
                    "insert into discussion_message (thread_id, author_id, body, created_at, deleted, hidden,"
                            + " auto_hidden, version) values (?, ?, ?, ?, false, false, false, 0)",
                    rows);
        }
        jdbc.update(
                "insert into discussion_reaction (message_id, account_id, emoji)"
                        + " select id, author_id, ? from discussion_message where mod(id, 7) = 0",
                "👍");
        if (database().equals("PostgreSQL")) {
            jdbc.execute("analyze");
        }
    }

    private void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), context, uiFactory));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The person's recent messages move back a minute: their next post is not "too fast". */
    private void postedLongAgo(long authorId) {
        Timestamp minuteAgo = Timestamp.from(Instant.now().minusSeconds(60));
        jdbc.update(
                "update discussion_message set created_at = ? where author_id = ? and created_at > ?",
                minuteAgo,
                authorId,
                minuteAgo);
    }

    private static long[] time(int runs, Runnable prepare, LongSupplier action) {
        for (int i = 0; i < 30; i++) {
            prepare.run();
            action.getAsLong(); // warm-up
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            prepare.run();
            long start = System.nanoTime();
            action.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)",
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void line(String format, Object... arguments) {
        String text = database() + ": " + String.format(Locale.ROOT, format, arguments);
        System.out.println("BENCH " + text);
        report.add(text);
    }

    private void write() throws IOException {
        Path file = Path.of("target/bench/discussions-" + database().toLowerCase(Locale.ROOT) + ".txt");
        Files.createDirectories(file.getParent());
        report.add(
                0,
                "JVM " + System.getProperty("java.version") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now());
        Files.write(file, report);
    }
}
