package org.passerelle.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.TestAccounts;
import org.passerelle.audit.AuditEntry;
import org.passerelle.audit.AuditLog;
import org.passerelle.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One vote per member under concurrent clicks, votes racing the closing, and "secret means secret": after
 * a secret ballot closes, nothing in the database, the audit log, the events, the export or the log links
 * a voter to a choice.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class BallotIntegrityContract {

    private static final Logger log = LoggerFactory.getLogger(BallotIntegrityContract.class);
    private static final String MARKER = "marker-reason-7f3a";
    private static final Pattern CHOICE = Pattern.compile("(?<![A-Za-z_])(YES|NO|ABSTAIN)(?![A-Za-z_])");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BallotOpening opening;

    @Autowired
    BallotService ballots;

    @Autowired
    BallotClosing closing;

    @Autowired
    BallotQueries queries;

    @Autowired
    BallotSweep sweep;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void twoHundredConcurrentSubmissionsByOneMemberStoreExactlyOneVote() throws Exception {
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot =
                opening.open(fixture.proposalInVoting("Solar clinic").id(), VotingFixture.decision(false));
        accounts.signIn(TestAccounts.BOARD);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Choice choice = Choice.values()[i % 3];
            done.add(pool.submit(() -> {
                new TestAccounts(context).signIn(TestAccounts.BOARD);
                try {
                    start.await();
                    ballots.castVote(ballot.id(), VoteForm.decision(choice, choice == Choice.NO ? "No" : null));
                    outcomes.computeIfAbsent("accepted", k -> new AtomicInteger())
                            .incrementAndGet();
                } catch (UserFacingException refused) {
                    outcomes.computeIfAbsent(refused.messageKey(), k -> new AtomicInteger())
                            .incrementAndGet();
                } finally {
                    TestAccounts.signOut();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();
        log.info("200 concurrent submissions by one member: {} in {} ms", outcomes, millis);
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote where ballot_id = ?", Long.class, ballot.id()))
                .isEqualTo(1);
        assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum())
                .isEqualTo(200);
        assertThat(outcomes.keySet())
                .as("every click is stored or refused with a message")
                .isSubsetOf("accepted", "voting.error.vote-in-progress");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'ballot.vote-cast' and object_id = ?",
                        Long.class,
                        ballot.id()))
                .isEqualTo(1);
    }

    @Test
    void fiftyMembersVotingWhileTheBallotClosesAreCountedOrToldItIsClosed() throws Exception {
        List<TestAccounts.Person> voters = fixture.extraBoardMembers(50);
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot =
                opening.open(fixture.proposalInVoting("Solar clinic").id(), VotingFixture.decision(false));
        for (TestAccounts.Person voter : voters) {
            accounts.signIn(voter);
            ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        }
        TestAccounts.signOut();
        ExecutorService pool = Executors.newFixedThreadPool(51);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> counted = ConcurrentHashMap.newKeySet();
        List<String> refused = new CopyOnWriteArrayList<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            TestAccounts.Person voter = voters.get(i);
            long stagger = 2L * i; // the votes arrive over about 100 ms, the closing in their midst
            done.add(pool.submit(() -> {
                new TestAccounts(context).signIn(voter);
                try {
                    start.await();
                    Thread.sleep(stagger);
                    ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
                    counted.add(voter.name());
                } catch (UserFacingException closed) {
                    refused.add(closed.messageKey());
                } catch (Throwable other) {
                    unexpected.add(other);
                } finally {
                    TestAccounts.signOut();
                }
                return null;
            }));
        }
        done.add(pool.submit(() -> {
            new TestAccounts(context).signIn(TestAccounts.STAFF);
            try {
                start.await();
                Thread.sleep(40);
                closing.closeEarly(ballot.id(), "Closing during the vote");
            } finally {
                TestAccounts.signOut();
            }
            return null;
        }));
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        accounts.signIn(TestAccounts.STAFF);
        BallotResults results = queries.results(ballot.id());
        log.info(
                "50 voters racing the closing: {} counted, {} refused as closed, tally {} yes / {} voters",
                counted.size(),
                refused.size(),
                results.yes(),
                results.voterCount());
        assertThat(unexpected).isEmpty();
        assertThat(refused).allMatch("voting.error.closed"::equals);
        assertThat(counted.size() + refused.size()).isEqualTo(50);
        assertThat(results.voterCount()).isEqualTo(counted.size());
        assertThat(results.yes()).isEqualTo(counted.size());
        assertThat(results.votes())
                .extracting(BallotResults.NamedVote::voterName)
                .containsExactlyInAnyOrderElementsOf(counted);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ballot_elector where ballot_id = ? and voted = true",
                        Long.class,
                        ballot.id()))
                .isEqualTo(counted.size());
    }

    @Test
    void afterASecretBallotClosesNothingLinksAVoterToAChoice(CapturedOutput output) {
        List<TestAccounts.Person> board = fixture.extraBoardMembers(3);
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot =
                opening.open(fixture.proposalInVoting("Solar clinic").id(), VotingFixture.decision(true));
        List<Object> events = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = event -> events.add(event.getPayload());
        ((ConfigurableApplicationContext) context).addApplicationListener(listener);
        try {
            castSecretly(TestAccounts.BOARD, ballot.id(), VoteForm.decision(Choice.YES, null));
            castSecretly(board.get(0), ballot.id(), VoteForm.decision(Choice.NO, MARKER));
            castSecretly(board.get(1), ballot.id(), VoteForm.decision(Choice.YES, null));
            castSecretly(board.get(1), ballot.id(), VoteForm.decision(Choice.ABSTAIN, null)); // changed
            accounts.signIn(board.get(2));
            ballots.declare(ballot.id(), Conflict.CONFLICT, "Related to the authors");
            accounts.signIn(TestAccounts.BOARD);
            assertThat(queries.get(ballot.id()).myVote().choice())
                    .as("while open, a voter sees their own vote")
                    .isEqualTo(Choice.YES);
            Instant now = Instant.now();
            jdbc.update(
                    "update ballot set opens_at = ?, closes_at = ? where id = ?",
                    Timestamp.from(now.minus(Duration.ofHours(2))),
                    Timestamp.from(now.minus(Duration.ofMinutes(1))),
                    ballot.id());
            sweep.sweep();
        } finally {
            context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
        }
        accounts.signIn(TestAccounts.BOARD);
        BallotView closed = queries.get(ballot.id());
        assertThat(closed.state()).isEqualTo(BallotState.CLOSED);
        assertThat(closed.myVoted()).as("participation stays").isTrue();
        assertThat(closed.myVote()).as("the choice is gone, even for the voter").isNull();
        accounts.signIn(TestAccounts.STAFF);
        BallotResults results = queries.results(ballot.id());
        assertThat(List.of(results.yes(), results.no(), results.abstain(), results.voterCount()))
                .containsExactly(1, 1, 1, 3);
        assertThat(results.votes()).isEmpty();
        assertThat(results.noReasons()).containsExactly(MARKER);
        String csv = queries.exportCsv(ballot.id());

        Map<Long, String> voters = new HashMap<>();
        for (TestAccounts.Person p : List.of(TestAccounts.BOARD, board.get(0), board.get(1), board.get(2))) {
            voters.put(accounts.idOf(p), p.name() + "|" + p.email());
        }
        // 1. every table, found through the catalogue
        List<String> tablesWithMarker = new ArrayList<>();
        for (String table : tables()) {
            for (Map<String, Object> raw : jdbc.queryForList("select * from " + table)) {
                Map<String, Object> row = lowerCase(raw);
                boolean aboutVoter = row.entrySet().stream()
                        .anyMatch(e -> personColumn(e.getKey())
                                && e.getValue() instanceof Number n
                                && voters.containsKey(n.longValue()));
                String text = row.values().toString();
                if (text.contains(MARKER)) {
                    tablesWithMarker.add(table);
                }
                if (aboutVoter) {
                    assertThat(row.values())
                            .as("a row about a voter in " + table + " holds no choice: " + row)
                            .noneMatch(v ->
                                    v instanceof String s && CHOICE.matcher(s).find());
                    assertThat(text).doesNotContain(MARKER);
                    assertThat(table).doesNotStartWith("ballot_vote");
                }
            }
        }
        assertThat(tablesWithMarker)
                .as("the reason for no is kept without its author")
                .containsExactly("ballot_no_reason");
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote_score", Long.class))
                .isZero();
        // 2. the audit log, as staff read it
        for (AuditEntry entry : context.getBean(AuditLog.class).latest(1000)) {
            assertThat(entry.details()).as(entry.action()).doesNotContain(MARKER);
            if (entry.actorId() != null && voters.containsKey(entry.actorId())) {
                assertThat(CHOICE.matcher(entry.details()).find())
                        .as(entry.toString())
                        .isFalse();
            }
        }
        // 3. every event published meanwhile (what notifications would see)
        assertThat(events).isNotEmpty();
        for (Object event : events) {
            String text = event.toString();
            assertThat(text).doesNotContain(MARKER);
            assertThat(CHOICE.matcher(text).find()).as(text).isFalse();
        }
        // 4. the export
        assertThat(csv).doesNotContain("voter,choice");
        voters.values().forEach(who -> {
            for (String part : who.split("\\|")) {
                assertThat(csv).doesNotContain(part);
            }
        });
        // 5. the log output of the whole test
        assertThat(output.getAll()).doesNotContain(MARKER);
        voters.values().forEach(who -> {
            for (String part : who.split("\\|")) {
                assertThat(output.getAll()).doesNotContain(part);
            }
        });
    }

    private void castSecretly(TestAccounts.Person person, long ballotId, VoteForm form) {
        accounts.signIn(person);
        if (queries.get(ballotId).myConflict() == null) {
            ballots.declare(ballotId, Conflict.NO_CONFLICT, null);
        }
        ballots.castVote(ballotId, form);
    }

    private List<String> tables() {
        return jdbc
                .queryForList(
                        "select table_name from information_schema.tables"
                                + " where table_schema = current_schema() and table_type in ('TABLE', 'BASE TABLE')",
                        String.class)
                .stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals("flyway_schema_history"))
                .toList();
    }

    private static boolean personColumn(String column) {
        return column.equals("account_id")
                || column.equals("voter_id")
                || column.equals("actor_id")
                || column.endsWith("_by")
                || column.endsWith("author_id");
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
