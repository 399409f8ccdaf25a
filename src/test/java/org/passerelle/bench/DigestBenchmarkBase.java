package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.QueryCounter;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.notifications.Topic;
import org.passerelle.notifications.mail.MailJobsForBench;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily digest of 1,000 people (half English, half French) over 10,000 waiting notifications in 10 spaces. Each
 * run composes every digest (as each recipient, through the access contract, one transaction per person, queued with
 * its notifications marked mailed); the median of the runs, per recipient, and the SQL statements per recipient.
 * Writing the queued mails as {@code .eml} files is timed once after the runs.
 */
abstract class DigestBenchmarkBase {

    static final int PEOPLE = Integer.getInteger("bench.digest.people", 1_000);
    static final int PER_PERSON = 10;
    static final int SPACES = 10;
    static final int RUNS = Integer.getInteger("bench.digest.runs", 5);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpaceService spaces;

    TestAccounts accounts;

    @BeforeEach
    void corpus() {
        accounts = new TestAccounts(context);
        accounts.reset();
        accounts.signIn(TestAccounts.STAFF);
        List<Long> spaceIds = new ArrayList<>();
        for (int s = 0; s < SPACES; s++) {
            spaceIds.add(
                    spaces.create(new SpaceForm("Space " + s, "Espace " + s, null, null, Stage.ENGAGE, AccessMode.OPEN))
                            .id());
        }
        TestAccounts.signOut();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            people.add(
                    new Object[] {"reader" + p + "@bench.example", "Reader " + p, p % 2 == 0 ? "en" : "fr", now, now});
        }
        jdbc.batchUpdate(
                "insert into account (email, display_name, password_hash, enabled, language, must_change_password,"
                        + " created_at, updated_at, version) values (?, ?, '{noop}x', true, ?, false, ?, ?, 0)",
                people);
        jdbc.update("insert into account_role (account_id, role) select id, 'BOARD_MEMBER' from account"
                + " where email like '%@bench.example'");
        List<Long> readers =
                jdbc.queryForList("select id from account where email like '%@bench.example' order by id", Long.class);
        int events = PEOPLE;
        List<Object[]> eventRows = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            long space = spaceIds.get(e % SPACES);
            eventRows.add(new Object[] {Topic.REPLIED.name(), space, space, now, now, now});
        }
        jdbc.batchUpdate(
                "insert into notification_event (topic, subject_kind, subject_id, space_id, created_at, attempts,"
                        + " next_attempt_at, processed_at) values (?, 'SPACE', ?, ?, ?, 0, ?, ?)",
                eventRows);
        List<Long> eventIds = jdbc.queryForList("select id from notification_event order by id", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            for (int k = 0; k < PER_PERSON; k++) {
                int e = (p * PER_PERSON + k) % events;
                long space = spaceIds.get(e % SPACES);
                rows.add(new Object[] {eventIds.get(e), readers.get(p), space, space, now});
            }
        }
        jdbc.batchUpdate(
                "insert into notification (event_id, recipient_id, topic, category, subject_kind, subject_id,"
                        + " space_id, created_at, mail_mode, mail_state) values (?, ?, 'REPLIED', 'REPLIES', 'SPACE', ?,"
                        + " ?, ?, 'DAILY', 'PENDING')",
                rows);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void again() {
        jdbc.update("delete from mail_queue");
        jdbc.update("update notification set mail_state = 'PENDING' where mail_state = 'MAILED'");
    }

    /** The database's name in the report, and the report's file name. */
    abstract String database();

    abstract String reportFile();

    @Test
    void dailyDigestOfAThousandPeople() throws Exception {
        Instant at = LocalDate.now(TimeZones.OFFICE)
                .plusDays(1)
                .atTime(LocalTime.of(7, 0))
                .atZone(TimeZones.OFFICE)
                .toInstant();
        assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class))
                .isEqualTo(PEOPLE * PER_PERSON);
        MailJobsForBench.composeDailyDigest(context, at); // warm-up
        double[] millis = new double[RUNS];
        long statements = 0;
        for (int run = 0; run < RUNS; run++) {
            again();
            long start = System.nanoTime();
            var counted = QueryCounter.count(() -> MailJobsForBench.composeDailyDigest(context, at));
            millis[run] = (System.nanoTime() - start) / 1e6;
            assertThat(counted.result()).isEqualTo(PEOPLE);
            statements = counted.statements();
            System.out.printf(
                    Locale.ROOT, "[bench] digest run %d: %.0f ms, %d statements%n", run + 1, millis[run], statements);
        }
        // composed "tomorrow at 07:00": due now for the sending round, which runs on today's clock
        jdbc.update(
                "update mail_queue set next_attempt_at = ?",
                Instant.now().minusSeconds(3600).atOffset(java.time.ZoneOffset.UTC));
        long start = System.nanoTime();
        int written = MailJobsForBench.sendAll(context);
        double writeMs = (System.nanoTime() - start) / 1e6;
        assertThat(written).isEqualTo(PEOPLE);

        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[RUNS / 2];
        String report = String.format(
                Locale.ROOT,
                "## Daily digest on %s: %d people, %d notifications, %d spaces%n%n"
                        + "| what | median of %d runs | per recipient | SQL statements per recipient |%n|---|---|---|---|%n"
                        + "| compose and queue every digest | %.0f ms (runs: %s) | %.2f ms | %.1f |%n"
                        + "| write the %d mails as .eml files (once) | %.0f ms | %.2f ms | — |%n",
                database(),
                PEOPLE,
                PEOPLE * PER_PERSON,
                SPACES,
                RUNS,
                median,
                Arrays.toString(Arrays.stream(millis).mapToLong(Math::round).toArray()),
                median / PEOPLE,
                statements / (double) PEOPLE,
                written,
                writeMs,
                writeMs / PEOPLE);
        Path out = Path.of("target", "bench", reportFile());
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
