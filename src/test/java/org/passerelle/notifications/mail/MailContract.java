package org.passerelle.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.TimeZones;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.Topic;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.Role;
import org.passerelle.spaces.SpaceService;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Notification mail against a real database and a real SMTP server; run on H2 and PostgreSQL. */
abstract class MailContract extends SmtpServerTest {

    static final String BASE = "https://passerelle.example.org";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpaceService spaces;

    @Autowired
    MailRounds rounds;

    @Autowired
    MailComposer composer;

    @Autowired
    MailDelivery delivery;

    @Autowired
    MailQueue queue;

    @Autowired
    TransactionTemplate transaction;

    TestAccounts accounts;
    MailFixture fixture;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new MailFixture(jdbc, accounts).spaces(spaces);
        SmtpServer.fresh();
    }

    @AfterEach
    void serverBackUp() {
        SmtpServer.start();
        TestAccounts.signOut();
    }

    /** A time after every notification of the test, on a day after today, at this office time. */
    static Instant tomorrowAt(int hour) {
        return LocalDate.now(TimeZones.OFFICE)
                .plusDays(1)
                .atTime(LocalTime.of(hour, 0))
                .atZone(TimeZones.OFFICE)
                .toInstant();
    }

    @Test
    void anImmediateMailArrivesInTheRecipientsLanguageWithAbsoluteLinksAndUnsubscribeHeaders() throws Exception {
        long english = fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        long french = fixture.notify(TestAccounts.MEMBER, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);

        assertThat(composer.composeImmediate(Instant.now())).isEqualTo(2);
        assertThat(fixture.mailState(english)).isEqualTo("MAILED");
        assertThat(fixture.mailState(french)).isEqualTo("MAILED");
        assertThat(SmtpServer.received()).as("nothing is sent while composing").isEmpty();
        assertThat(delivery.sendDue()).isEqualTo(2);

        List<MimeMessage> received = SmtpServer.received();
        assertThat(received).hasSize(2);
        MimeMessage toBoard = Mails.to(received, TestAccounts.BOARD.email());
        assertThat(toBoard.getSubject())
                .startsWith("[Passerelle] ")
                .contains("mentioned you in the discussion of “Rwanda — health”");
        String text = Mails.part(toBoard, "text/plain");
        String html = Mails.part(toBoard, "text/html");
        assertThat(text).contains("Hello Bea Board,").contains(BASE + "/spaces/" + fixture.openSpace);
        assertThat(text).contains(BASE + "/profile").contains(BASE + "/mail/unsubscribe?token=");
        assertThat(html).contains("<html lang=\"en\">").contains("Hello Bea Board,");
        assertThat(html).contains("href=\"" + BASE + "/spaces/" + fixture.openSpace + "\"");
        assertThat(toBoard.getHeader("List-Unsubscribe")[0]).startsWith("<" + BASE + "/mail/unsubscribe?token=");
        assertThat(toBoard.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(toBoard.isMimeType("multipart/*")).isTrue();

        MimeMessage toMember = Mails.to(received, TestAccounts.MEMBER.email());
        String frenchText = Mails.part(toMember, "text/plain");
        assertThat(frenchText).contains("Bonjour Moussa Membre,").contains("Voici ce qui vient de se passer");
        assertThat(toMember.getSubject()).contains("vous a mentionné dans la discussion de « Rwanda — santé »");
        assertThat(Mails.part(toMember, "text/html")).contains("<html lang=\"fr\">");
        assertThat(delivery.sendDue()).as("sent once").isZero();
        assertThat(queue.count()).isEqualTo(2);
        assertThat(queue.newestFirst(0, 1))
                .singleElement()
                .satisfies(mail -> assertThat(mail.sentAt()).isNotNull());
        assertThat(jdbc.queryForList("select state from mail_queue", String.class))
                .containsOnly("SENT");
    }

    /**
     * {@code passerelle.mail.jobs=false} (these tests' setting) is read at run time, not as a bean condition, so it
     * also holds in the production start's build-time context: the node's jobs run and do nothing.
     */
    @Test
    void aNodeWithTheMailJobsSwitchedOffComposesAndSendsNothing() {
        long notification = fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        MailJobs jobs = context.getBean(MailJobs.class);
        assertThat(jobs.enabled()).isFalse();

        jobs.compose();
        jobs.send();
        assertThat(fixture.mailState(notification)).as("not put into a mail").isNotEqualTo("MAILED");

        assertThat(composer.composeImmediate(Instant.now()))
                .as("what the jobs would have done")
                .isEqualTo(1);
        jobs.send();
        assertThat(SmtpServer.received()).isEmpty();
        assertThat(delivery.sendDue()).isEqualTo(1);
    }

    @Test
    void aBallotOpeningReachesEachElectorByMailLinkingToWhereTheyVoteAndNotTheStaffWhoOpenedIt() throws Exception {
        VotingFixture voting = new VotingFixture(context, accounts);
        ProposalView proposal = voting.proposalInVoting("Solar for Huye");
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        TestAccounts.signOut();
        org.passerelle.notifications.NotificationsProbe.settle(context);

        assertThat(composer.composeImmediate(Instant.now())).isPositive();
        delivery.sendDue();
        MimeMessage toElector = Mails.to(SmtpServer.received(), TestAccounts.BOARD.email());
        assertThat(toElector.getSubject())
                .isEqualTo("[Passerelle] A ballot opened on “Solar for Huye”: your vote is awaited.");
        // it leads to the proposal, where one votes
        assertThat(Mails.part(toElector, "text/plain")).contains(BASE + "/proposals/" + proposal.id());
        assertThat(Mails.part(toElector, "text/html"))
                .contains("href=\"" + BASE + "/proposals/" + proposal.id() + "\"");
        assertThat(SmtpServer.received().stream().flatMap(message -> {
                    try {
                        return java.util.Arrays.stream(message.getAllRecipients())
                                .map(Object::toString);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .doesNotContain(TestAccounts.STAFF.email(), TestAccounts.OUTSIDER.email());
    }

    @Test
    void aFloodOfNotificationsIsCoalescedAndThrottledNotOneMailEach() {
        for (int i = 0; i < 500; i++) {
            fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.openSpace, MailMode.IMMEDIATE);
        }
        assertThat(composer.composeImmediate(Instant.now())).isEqualTo(1);
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 50; i++) {
                fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.openSpace, MailMode.IMMEDIATE);
            }
            composer.composeImmediate(Instant.now());
        }
        // 1,000 notifications in 11 rounds: at most passerelle.mail.immediate-per-hour (4) immediate mails
        assertThat(fixture.queued()).isEqualTo(4);
        int waiting =
                jdbc.queryForObject("select count(*) from notification where mail_state = 'PENDING'", Integer.class);
        assertThat(waiting).isEqualTo(1000 - 500 - 3 * 50);
        // the daily digest takes what the throttle held back (at most 500 per mail)
        rounds.compose(tomorrowAt(8));
        assertThat(fixture.queued()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from notification where mail_state = 'PENDING'", Integer.class))
                .isZero();
    }

    @Test
    void aDisabledPersonIsSentNothingAndTheirWaitingNotificationsAreClosed() {
        long disabled = fixture.notify(TestAccounts.DISABLED, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        long daily = fixture.notify(TestAccounts.DISABLED, Topic.REPLIED, fixture.openSpace, MailMode.DAILY);
        composer.composeImmediate(Instant.now());
        rounds.compose(tomorrowAt(8));
        assertThat(fixture.queued()).isZero();
        assertThat(fixture.mailState(disabled)).isEqualTo("NONE");
        assertThat(fixture.mailState(daily)).isEqualTo("NONE");
    }

    @Test
    void whatPeopleWroteIsEscapedInTheHtmlPartAndTheSubjectStaysOnOneLine() throws Exception {
        accounts.signIn(TestAccounts.STAFF);
        long space = spaces.create(new org.passerelle.spaces.SpaceForm(
                        "<img src=x onerror=alert(1)> & \"co\"\r\nBcc: victim@example.org",
                        null,
                        null,
                        null,
                        org.passerelle.base.Stage.ENGAGE,
                        org.passerelle.spaces.AccessMode.OPEN))
                .id();
        TestAccounts.signOut();
        fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, space, MailMode.IMMEDIATE);
        composer.composeImmediate(Instant.now());
        delivery.sendDue();
        MimeMessage mail = Mails.to(SmtpServer.received(), TestAccounts.BOARD.email());
        String html = Mails.part(mail, "text/html");
        assertThat(html)
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;")
                .doesNotContain("<img");
        assertThat(mail.getSubject()).doesNotContain("\n").doesNotContain("\r");
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getHeader("Bcc")).isNull();
    }

    @Test
    void aCategoryTurnedOffAfterItsNotificationsWereWrittenIsNotMailed() {
        long mention = fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        long reply = fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.openSpace, MailMode.DAILY);
        context.getBean(org.passerelle.notifications.NotificationSettings.class)
                .set(
                        accounts.idOf(TestAccounts.BOARD),
                        org.passerelle.notifications.NotificationCategory.MENTIONS,
                        MailMode.OFF);
        assertThat(composer.composeImmediate(Instant.now())).isZero();
        assertThat(fixture.mailState(mention)).isEqualTo("NONE");
        assertThat(fixture.mailState(reply)).isEqualTo("PENDING");
    }

    @Test
    void aNotificationAboutWhatThePersonMayNoLongerSeeIsNotMailed() {
        long hidden = fixture.notify(TestAccounts.OUTSIDER, Topic.REPLIED, fixture.privateSpace, MailMode.IMMEDIATE);
        assertThat(composer.composeImmediate(Instant.now())).isZero();
        assertThat(fixture.queued()).isZero();
        assertThat(fixture.mailState(hidden)).isEqualTo("NONE");
    }

    @Test
    void anInvalidAddressIsMarkedAndNeverRetried() {
        accounts.insert(
                new TestAccounts.Person("not an address", "Nadia Nowhere", "en", EnumSet.of(Role.BOARD_MEMBER), true));
        long id = jdbc.queryForObject("select id from account where email = 'not an address'", Long.class);
        fixture.notify(id, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE, Instant.now());
        composer.composeImmediate(Instant.now());
        delivery.sendDue();
        jdbc.update(
                "update mail_queue set next_attempt_at = ?",
                MailQueue.at(Instant.now().minusSeconds(60)));
        delivery.sendDue();
        assertThat(jdbc.queryForMap("select state, attempts from mail_queue"))
                .containsEntry("STATE", "INVALID_ADDRESS")
                .containsEntry("ATTEMPTS", 1);
        assertThat(SmtpServer.received()).isEmpty();
    }

    @Test
    void whenTheServerIsDownNothingWaitsForItAndTheMailIsRetriedLaterNotLost() throws Exception {
        SmtpServer.stop();
        fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        long started = System.nanoTime();
        composer.composeImmediate(Instant.now());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        assertThat(delivery.sendDue()).isZero();
        var row = jdbc.queryForMap("select state, attempts, last_error from mail_queue");
        assertThat(row).containsEntry("STATE", "QUEUED").containsEntry("ATTEMPTS", 1);
        assertThat((String) row.get("LAST_ERROR")).isNotBlank();
        SmtpServer.start();
        assertThat(delivery.sendDue()).as("not before its back-off").isZero();

        jdbc.update(
                "update mail_queue set next_attempt_at = ?",
                MailQueue.at(Instant.now().minusSeconds(1)));
        assertThat(delivery.sendDue()).isEqualTo(1);
        assertThat(SmtpServer.received()).hasSize(1);
        assertThat(jdbc.queryForMap("select state, attempts from mail_queue"))
                .containsEntry("STATE", "SENT")
                .containsEntry("ATTEMPTS", 2);
    }

    @Test
    void theDailyDigestGroupsBySpaceAndRunsOncePerDayEvenWhenRunTwice() throws Exception {
        fixture.notify(TestAccounts.MEMBER, Topic.REPLIED, fixture.otherSpace, MailMode.DAILY);
        fixture.notify(TestAccounts.MEMBER, Topic.REPLIED, fixture.openSpace, MailMode.DAILY);
        fixture.notify(TestAccounts.MEMBER, Topic.MENTIONED, fixture.openSpace, MailMode.DAILY);
        fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.openSpace, MailMode.WEEKLY);

        rounds.compose(tomorrowAt(6));
        assertThat(jdbc.queryForObject("select count(*) from mail_queue where kind = 'DAILY'", Long.class))
                .as("not before 07:00")
                .isZero();
        rounds.compose(tomorrowAt(8));
        rounds.compose(tomorrowAt(9));
        assertThat(jdbc.queryForList("select kind from mail_queue", String.class))
                .contains("DAILY");
        long dailies = jdbc.queryForObject("select count(*) from mail_queue where kind = 'DAILY'", Long.class);
        assertThat(dailies).isEqualTo(1);

        fixture.notify(TestAccounts.MEMBER, Topic.REPLIED, fixture.openSpace, MailMode.DAILY);
        rounds.compose(tomorrowAt(10));
        assertThat(jdbc.queryForObject("select count(*) from mail_queue where kind = 'DAILY'", Long.class))
                .as("one daily digest per day")
                .isEqualTo(1);
        rounds.compose(tomorrowAt(8).plus(Duration.ofDays(1)));
        assertThat(jdbc.queryForObject("select count(*) from mail_queue where kind = 'DAILY'", Long.class))
                .as("the next day's")
                .isEqualTo(2);

        // composed "tomorrow": due now for the sending job, which runs on today's clock
        jdbc.update(
                "update mail_queue set next_attempt_at = ?",
                MailQueue.at(Instant.now().minusSeconds(1)));
        delivery.sendDue();
        MimeMessage digest = SmtpServer.received().stream()
                .filter(message -> {
                    try {
                        return message.getSubject().contains("résumé quotidien : 3 notifications");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no French daily digest of 3 among " + subjects()));
        String text = Mails.part(digest, "text/plain");
        assertThat(text).contains("Bénin — écoles").contains("Rwanda — santé");
        assertThat(text.indexOf("Bénin — écoles")).isLessThan(text.indexOf("Rwanda — santé"));
        assertThat(Mails.part(digest, "text/html")).contains("<h3").contains("Bénin — écoles");
    }

    static List<String> subjects() {
        return SmtpServer.received().stream()
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (Exception e) {
                        return e.toString();
                    }
                })
                .toList();
    }

    @Test
    void withinItsSpaceADigestHeadsTheLinesOfEachProposalWithItsTitle() throws Exception {
        VotingFixture voting = new VotingFixture(context, accounts);
        ProposalView proposal = voting.proposalInVoting("Solar for Huye");
        long board = accounts.idOf(TestAccounts.BOARD);
        var subject = org.passerelle.base.SubjectRef.proposal(proposal.id());
        fixture.notify(board, Topic.PROPOSAL_SUBMITTED, subject, voting.spaceId, MailMode.DAILY, Instant.now());
        fixture.notify(board, Topic.REVIEW_QUESTION_ANSWERED, subject, voting.spaceId, MailMode.DAILY, Instant.now());
        fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.otherSpace, MailMode.DAILY);

        // the fixture's own actions told people too: one digest each
        assertThat(composer.composeDigest(MailKind.DAILY, tomorrowAt(8))).isPositive();
        jdbc.update(
                "update mail_queue set next_attempt_at = ?",
                MailQueue.at(Instant.now().minusSeconds(1)));
        delivery.sendDue();
        MimeMessage digest = Mails.to(SmtpServer.received(), TestAccounts.BOARD.email());
        String text = Mails.part(digest, "text/plain");
        assertThat(text).contains("Benin — schools\n===").contains("Rwanda — health\n===");
        assertThat(text).contains("Solar for Huye\n- ").contains(BASE + "/proposals/" + proposal.id());
        assertThat(text.indexOf("Rwanda — health\n")).isLessThan(text.indexOf("Solar for Huye\n- "));
        assertThat(text.indexOf("Benin — schools\n")).isLessThan(text.indexOf("Rwanda — health\n"));
        assertThat(Mails.part(digest, "text/html")).contains(">Solar for Huye</p>");
    }

    @Test
    void theWeeklyDigestRunsOnceAWeek() {
        fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.openSpace, MailMode.WEEKLY);
        Instant monday = LocalDate.now(TimeZones.OFFICE)
                .plusWeeks(1)
                .with(java.time.DayOfWeek.MONDAY)
                .atTime(8, 0)
                .atZone(TimeZones.OFFICE)
                .toInstant();
        rounds.compose(monday);
        rounds.compose(monday.plus(Duration.ofDays(2)));
        fixture.notify(TestAccounts.BOARD, Topic.REPLIED, fixture.openSpace, MailMode.WEEKLY);
        rounds.compose(monday.plus(Duration.ofDays(3)));
        assertThat(jdbc.queryForObject("select count(*) from mail_queue where kind = 'WEEKLY'", Long.class))
                .isEqualTo(1);
        rounds.compose(monday.plus(Duration.ofDays(7)));
        assertThat(jdbc.queryForObject("select count(*) from mail_queue where kind = 'WEEKLY'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void twoNodesComposingAtOnceMailEachNotificationOnce() throws Exception {
        for (TestAccounts.Person person :
                List.of(TestAccounts.BOARD, TestAccounts.MEMBER, TestAccounts.BOTH, TestAccounts.STAFF)) {
            for (int i = 0; i < 20; i++) {
                fixture.notify(person, Topic.REPLIED, fixture.openSpace, MailMode.DAILY);
            }
        }
        Instant at = tomorrowAt(8);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = nodes.invokeAll(List.<Callable<Integer>>of(
                    () -> composer.composeDigest(MailKind.DAILY, at),
                    () -> composer.composeDigest(MailKind.DAILY, at)));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(jdbc.queryForList("select recipient_id from mail_queue", Long.class))
                .doesNotHaveDuplicates()
                .hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from notification where mail_state = 'MAILED'", Integer.class))
                .isEqualTo(80);
    }

    @Test
    void twoClaimersNeverGetTheSameMail() throws Exception {
        long board = accounts.idOf(TestAccounts.BOARD);
        for (int i = 0; i < 200; i++) {
            long id = i;
            transaction.executeWithoutResult(status -> queue.add(
                    board,
                    "board@test.example",
                    MailKind.IMMEDIATE,
                    new RenderedMail("s" + id, "t", "<p>h</p>", null),
                    Instant.now()));
        }
        Set<Long> claimed = Collections.synchronizedSet(new HashSet<>());
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Void> node = () -> {
                List<QueuedMail> batch;
                do {
                    batch = queue.claim(7, Instant.now());
                    batch.forEach(mail -> {
                        claimed.add(mail.id());
                        all.add(mail.id());
                    });
                } while (!batch.isEmpty());
                return null;
            };
            for (Future<Void> run : nodes.invokeAll(List.of(node, node))) {
                run.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(all).hasSize(200);
        assertThat(claimed).hasSize(200);
        assertThat(jdbc.queryForList("select distinct state from mail_queue", String.class))
                .containsOnly("SENDING");
    }

    @Test
    void aMailLeftSendingByAStoppedNodeBecomesUncertainAndIsNeverResent() {
        fixture.notify(TestAccounts.BOARD, Topic.MENTIONED, fixture.openSpace, MailMode.IMMEDIATE);
        composer.composeImmediate(Instant.now());
        assertThat(queue.claim(10, Instant.now())).hasSize(1);
        // the node stops here, during the SMTP conversation; its claim expires
        jdbc.update(
                "update mail_queue set claimed_at = ?",
                MailQueue.at(Instant.now().minus(Duration.ofHours(1))));
        rounds.send();
        assertThat(jdbc.queryForObject("select state from mail_queue", String.class))
                .isEqualTo("UNCERTAIN");
        rounds.send();
        assertThat(SmtpServer.received()).isEmpty();
    }
}
