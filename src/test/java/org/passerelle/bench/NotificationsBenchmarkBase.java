package org.passerelle.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.LiveRelay;
import org.passerelle.notifications.Bell;
import org.passerelle.notifications.FanOutProbe;
import org.passerelle.notifications.NotificationDispatcher;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark (run with {@code ./mvnw -Pbench test -Dtest='Notifications*Benchmark'}): one event fanned out to
 * the 300 electors of a ballot — audience, access asked as each elector, their e-mail choice, 300 rows written —
 * and each elector's bell told (300 subscribers of the bell channel, as 300 open screens would be, each
 * counting when reached). Time per run from the commit to the last bell, and SQL statements per recipient.
 */
abstract class NotificationsBenchmarkBase {

    static final int ELECTORS = 300;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    abstract String database();

    @Test
    void fanOutToThreeHundredElectors() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        VotingFixture fixture = new VotingFixture(context, accounts);
        List<TestAccounts.Person> board = fixture.extraBoardMembers(ELECTORS - 2);
        var proposal = fixture.proposalInVoting("Solar for Huye");
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot = context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        TestAccounts.signOut();
        org.passerelle.notifications.NotificationsProbe.settle(context);

        LiveRelay<Long, Bell.Rang> bells = context.getBean(Bell.class).channel();
        AtomicReference<CountDownLatch> reached = new AtomicReference<>(new CountDownLatch(0));
        for (TestAccounts.Person person : board) {
            bells.subscribe(accounts.idOf(person), rang -> reached.get().countDown());
        }
        NotificationDispatcher dispatcher = context.getBean(NotificationDispatcher.class);
        Measure measure = new Measure(2, 9);
        int[] written = new int[1];
        Measure.Result result =
                measure.time("one event to " + ELECTORS + " electors, written and bells reached", () -> {
                    FanOutProbe.ballotOpened(context, ballot.id(), fixture.spaceId);
                    reached.set(new CountDownLatch(board.size()));
                    written[0] = dispatcher.drain();
                    if (!reached.get().await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("Not every bell was reached");
                    }
                    return written[0];
                });
        System.out.printf(
                "[bench] %d notifications per event; %.2f SQL statements and %.3f ms per recipient (median)%n",
                written[0], (double) result.statements() / written[0], result.medianMs() / written[0]);
        measure.report(
                "Notification fan-out on " + database(),
                "notifications-" + database().toLowerCase() + ".md");
    }
}
