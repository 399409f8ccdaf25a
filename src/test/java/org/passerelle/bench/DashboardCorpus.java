package org.passerelle.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.base.SubjectRef;
import org.passerelle.dashboard.DashboardFixture;
import org.passerelle.discussions.ThreadService;
import org.passerelle.security.Role;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of the dashboard benchmark, on top of {@link DashboardFixture}: 300 people, 100 spaces each
 * with an open call (BOARD and BOTH are board members of all of them), {@code proposals} proposals spread over
 * those calls in every state (5 % of MEMBER's association, the rest another association's) with their
 * transitions, review questions and milestones, {@code ballots} open ballots each with 21 electors, and {@code
 * messages} messages in the first space's thread. Written in batches, as the other benchmarks do.
 */
final class DashboardCorpus {

    static final String[] STATES = {
        "DRAFT",
        "DRAFT",
        "DRAFT",
        "SUBMITTED",
        "IN_REVIEW",
        "IN_REVIEW",
        "VOTING",
        "VOTING",
        "REVISION_REQUESTED",
        "ACCEPTED",
        "IN_IMPLEMENTATION",
        "COMPLETED",
        "DECLINED",
        "WITHDRAWN"
    };
    static final String[] COUNTRIES = {"RW", "SN", "CD", "ML", "MA", "CM", "BI", "GN", "CI", "BJ"};
    static final String[] SECTORS = {",HEALTH,", ",EDUCATION_TVET,", ",HEALTH,WATER_SANITATION,", ",AGRICULTURE_FOOD,"};

    final DashboardFixture fixture;
    final List<Long> spaces = new ArrayList<>();
    final List<Long> calls = new ArrayList<>();

    private DashboardCorpus(DashboardFixture fixture) {
        this.fixture = fixture;
    }

    static DashboardCorpus create(
            ApplicationContext context,
            TestAccounts accounts,
            int people,
            int spaceCount,
            int proposals,
            int ballots,
            int messages) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        DashboardCorpus corpus = new DashboardCorpus(new DashboardFixture(context, accounts));
        DashboardFixture f = corpus.fixture;
        corpus.spaces.add(f.voting.spaceId);
        corpus.calls.add(f.voting.callId);
        List<Long> electors = new ArrayList<>();
        for (int i = TestAccounts.ALL.size(); i < people; i++) {
            TestAccounts.Person person = new TestAccounts.Person(
                    "person" + i + "@bench.example", "Person " + i, "en", EnumSet.of(Role.BOARD_MEMBER), true);
            accounts.insert(person);
            if (electors.size() < 20) {
                electors.add(accounts.idOf(person));
            }
        }
        accounts.signIn(TestAccounts.ADMIN);
        SpaceService spaceService = context.getBean(SpaceService.class);
        long board = accounts.idOf(TestAccounts.BOARD);
        long both = accounts.idOf(TestAccounts.BOTH);
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i < spaceCount; i++) {
            long space = spaceService
                    .create(new SpaceForm("Space " + i, null, null, null, Stage.ENGAGE, AccessMode.RESTRICTED))
                    .id();
            corpus.spaces.add(space);
            corpus.calls.add(f.openCall(space, "Call " + i, 30 + i));
            accounts.signIn(TestAccounts.ADMIN);
            for (long person : List.of(board, both)) {
                jdbc.update(
                        "insert into space_member (space_id, account_id, role, joined_at) values (?, ?, 'BOARD_MEMBER', ?)",
                        space,
                        person,
                        now);
            }
        }
        corpus.proposals(jdbc, accounts, proposals, ballots, electors, board);
        corpus.messages(context, jdbc, accounts, messages);
        TestAccounts.signOut();
        return corpus;
    }

    private void proposals(
            JdbcTemplate jdbc, TestAccounts accounts, int count, int ballots, List<Long> electors, long board) {
        Random random = new Random(42);
        long member = accounts.idOf(TestAccounts.MEMBER);
        long outsider = accounts.idOf(TestAccounts.OUTSIDER);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(spaces.size());
            boolean own = random.nextInt(20) == 0;
            String state = i < ballots ? "VOTING" : STATES[random.nextInt(STATES.length)];
            String title = "Proposal " + i;
            Timestamp created = Timestamp.from(now.minus(Duration.ofHours(24 + random.nextInt(24 * 300))));
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String sectors = SECTORS[random.nextInt(SECTORS.length)];
            rows.add(new Object[] {
                calls.get(at),
                spaces.get(at),
                own ? fixture.voting.associationId : fixture.otherAssociationId,
                state,
                title,
                state.equals("DRAFT") ? null : 1,
                own ? member : outsider,
                created,
                created,
                country,
                sectors,
                title,
                title.toLowerCase(java.util.Locale.ROOT),
                country,
                sectors
            });
        }
        jdbc.batchUpdate(
                "insert into proposal (call_id, space_id, association_id, state, title, content_json, version_count,"
                        + " submitted_version, created_by, created_at, updated_at, version, country, sectors,"
                        + " list_title, list_title_key, list_country, list_sectors)"
                        + " values (?, ?, ?, ?, ?, '{}', 1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                rows);
        List<java.util.Map<String, Object>> inserted = jdbc.queryForList(
                "select id, state, created_by, created_at from proposal where title like 'Proposal %' order by id");
        List<Object[]> authors = new ArrayList<>();
        List<Object[]> transitions = new ArrayList<>();
        List<Object[]> questions = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        List<Long> voting = new ArrayList<>();
        long staff = accounts.idOf(TestAccounts.STAFF);
        for (var row : inserted) {
            long id = ((Number) row.get("id")).longValue();
            String state = (String) row.get("state");
            authors.add(new Object[] {id, row.get("created_by")});
            Instant created = toInstant(row.get("created_at"));
            if (!state.equals("DRAFT")) {
                Instant t = created.plus(Duration.ofHours(1 + random.nextInt(24 * 10)));
                transitions.add(new Object[] {id, "SUBMIT", "DRAFT", "SUBMITTED", staff, Timestamp.from(t)});
                if (!state.equals("SUBMITTED") && !state.equals("WITHDRAWN")) {
                    Instant t2 = t.plus(Duration.ofHours(1 + random.nextInt(24 * 5)));
                    transitions.add(new Object[] {id, "TRIAGE", "SUBMITTED", "IN_REVIEW", staff, Timestamp.from(t2)});
                    if (!state.equals("IN_REVIEW")) {
                        Instant t3 = t2.plus(Duration.ofHours(1 + random.nextInt(24 * 5)));
                        transitions.add(
                                new Object[] {id, "OPEN_VOTING", "IN_REVIEW", "VOTING", staff, Timestamp.from(t3)});
                    }
                }
            }
            if (state.equals("IN_REVIEW") || state.equals("VOTING")) {
                questions.add(new Object[] {id, random.nextBoolean() ? board : staff, "Why?", Timestamp.from(now)});
            }
            if (state.equals("ACCEPTED") || state.equals("IN_IMPLEMENTATION")) {
                LocalDate due = LocalDate.now().plusDays(random.nextInt(90) - 30);
                milestones.add(new Object[] {id, "Milestone", java.sql.Date.valueOf(due), Timestamp.from(now)});
            }
            if (state.equals("VOTING") && voting.size() < ballots) {
                voting.add(id);
            }
        }
        jdbc.batchUpdate("insert into proposal_author (proposal_id, account_id) values (?, ?)", authors);
        jdbc.batchUpdate(
                "insert into proposal_transition (proposal_id, action, from_state, to_state, actor_id, occurred_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                transitions);
        jdbc.update(DashboardFixture.STAYS);
        jdbc.batchUpdate(
                "insert into review_question (proposal_id, asked_by, question, asked_at, version) values (?, ?, ?, ?, 0)",
                questions);
        jdbc.batchUpdate(
                "insert into proposal_milestone (proposal_id, title, due_on, done, created_at) values (?, ?, ?, false, ?)",
                milestones);
        ballots(jdbc, voting, electors, board, staff, random);
    }

    private void ballots(
            JdbcTemplate jdbc, List<Long> proposals, List<Long> electors, long board, long staff, Random random) {
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (long proposal : proposals) {
            var p = jdbc.queryForMap("select call_id, space_id from proposal where id = ?", proposal);
            Instant closes = now.plus(Duration.ofHours(2 + random.nextInt(24 * 7)));
            rows.add(new Object[] {
                proposal,
                proposal,
                p.get("call_id"),
                p.get("space_id"),
                Timestamp.from(now.minus(Duration.ofHours(1))),
                Timestamp.from(closes),
                staff,
                Timestamp.from(now)
            });
        }
        jdbc.batchUpdate(
                "insert into ballot (proposal_id, active_proposal_id, call_id, space_id, kind, no_reason_required,"
                        + " opens_at, closes_at, quorum_percent, threshold, secret, results_live, reminder_sent,"
                        + " created_by, created_at, version) values (?, ?, ?, ?, 'DECISION', true, ?, ?, 50,"
                        + " 'SIMPLE_MAJORITY', false, false, false, ?, ?, 0)",
                rows);
        List<Long> ids = jdbc.queryForList(
                "select id from ballot where active_proposal_id in (select id from proposal"
                        + " where title like 'Proposal %') order by id",
                Long.class);
        List<Object[]> electorRows = new ArrayList<>();
        for (long ballot : ids) {
            electorRows.add(new Object[] {ballot, board, random.nextInt(4) == 0});
            for (long elector : electors) {
                electorRows.add(new Object[] {ballot, elector, random.nextBoolean()});
            }
        }
        jdbc.batchUpdate(
                "insert into ballot_elector (ballot_id, account_id, voted, version) values (?, ?, ?, 0)", electorRows);
    }

    private void messages(ApplicationContext context, JdbcTemplate jdbc, TestAccounts accounts, int count) {
        accounts.signIn(TestAccounts.BOARD);
        long thread = context.getBean(ThreadService.class)
                .open(SubjectRef.space(fixture.voting.spaceId))
                .id();
        long author = accounts.idOf(TestAccounts.BOARD);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {thread, author, "Message " + i, now});
            if (rows.size() == 5_000) {
                insertMessages(jdbc, rows);
            }
        }
        insertMessages(jdbc, rows);
    }

    private static void insertMessages(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into discussion_message (thread_id, author_id, body, created_at, deleted, hidden, auto_hidden,"
                        + " version) values (?, ?, ?, ?, false, false, false, 0)",
                rows);
        rows.clear();
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Timestamp ts -> ts.toInstant();
            case java.time.OffsetDateTime odt -> odt.toInstant();
            case Instant instant -> instant;
            default -> Instant.now();
        };
    }
}
