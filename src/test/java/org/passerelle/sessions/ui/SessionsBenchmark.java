package org.passerelle.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PostgresTest;
import org.passerelle.TestAccounts;
import org.passerelle.security.Role;
import org.passerelle.sessions.LiveSessionService;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Rerunnable figures for sessions, on PostgreSQL (not part of the normal test run: run it with
 * {@code ./mvnw test -Dtest=SessionsBenchmark}). A burst of concurrent registrations for fewer seats, and
 * the server work of one live change reaching many open session pages (each re-reads the session as its
 * own viewer, as {@link SessionView} does).
 */
@PostgresTest
class SessionsBenchmark {

    static final int PEOPLE = 200;
    static final int SEATS = 50;
    static final int PAGES = 300;

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    LiveSessionService liveSessions;

    @Autowired
    RegistrationService registrations;

    @Autowired
    SessionBroadcaster broadcaster;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void burstOfRegistrationsAndLiveFanOut() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        SessionsFixture fixture = new SessionsFixture(context, accounts);
        long space = fixture.space(AccessMode.OPEN);
        List<TestAccounts.Person> crowd = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            TestAccounts.Person person = new TestAccounts.Person(
                    "bench" + i + "@test.example", "Bench " + i, "en", EnumSet.of(Role.ASSOCIATION_MEMBER), true);
            accounts.insert(person);
            fixture.addMember(space, person, SpaceRole.PARTICIPANT);
            crowd.add(person);
        }
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Benchmark", SEATS));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> timings = new ArrayList<>();
        long registered = 0;
        long began;
        try {
            for (TestAccounts.Person person : crowd) {
                timings.add(pool.submit(() -> {
                    accounts.signIn(person);
                    try {
                        start.await();
                        long t0 = System.nanoTime();
                        RegistrationStatus status = registrations.register(session.id());
                        long took = System.nanoTime() - t0;
                        return status == RegistrationStatus.REGISTERED ? took : -took;
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            began = System.nanoTime();
            start.countDown();
            List<Long> each = new ArrayList<>();
            for (Future<Long> timing : timings) {
                long value = timing.get(5, TimeUnit.MINUTES);
                registered += value > 0 ? 1 : 0;
                each.add(Math.abs(value));
            }
            long wall = System.nanoTime() - began;
            each.sort(Long::compare);
            System.out.printf(
                    "BENCH registrations: %d people, %d seats, 32 threads: wall %.0f ms, per registration p50 %.1f ms, p95 %.1f ms, max %.1f ms; registered %d%n",
                    PEOPLE,
                    SEATS,
                    wall / 1e6,
                    each.get(each.size() / 2) / 1e6,
                    each.get((int) (each.size() * 0.95)) / 1e6,
                    each.getLast() / 1e6,
                    registered);
        } finally {
            pool.shutdownNow();
        }
        assertThat(registered).isEqualTo(SEATS);

        // PAGES open pages of members, each doing what SessionView does when told of a change: apply the
        // pushed live state, or (for an edit) read the session again as its own viewer
        var reached = new java.util.concurrent.atomic.AtomicReference<>(new CountDownLatch(PAGES));
        List<com.vaadin.flow.shared.Registration> subscriptions = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            Authentication viewer = accounts.signIn(crowd.get(i % PEOPLE));
            var shown = new java.util.concurrent.atomic.AtomicReference<>(sessions.get(session.id()));
            subscriptions.add(broadcaster.subscribe(session.id(), change -> {
                var previous = SecurityContextHolder.getContext();
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(viewer);
                SecurityContextHolder.setContext(context);
                try {
                    shown.set(
                            change.structural()
                                    ? sessions.get(change.sessionId())
                                    : shown.get().withLive(change.currentItem(), change.timerStartedAt()));
                    reached.get().countDown();
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            }));
        }
        accounts.signIn(TestAccounts.STAFF);
        long t0 = System.nanoTime();
        liveSessions.nextItem(session.id());
        assertThat(reached.get().await(60, TimeUnit.SECONDS)).isTrue();
        long live = System.nanoTime() - t0;
        reached.set(new CountDownLatch(PAGES));
        SessionSummary current = sessions.get(session.id());
        t0 = System.nanoTime();
        sessions.update(session.id(), current.version(), current.toForm());
        assertThat(reached.get().await(120, TimeUnit.SECONDS)).isTrue();
        long edit = System.nanoTime() - t0;
        System.out.printf(
                "BENCH live change to %d open pages: next item (state pushed) %.0f ms; edit (each page re-reads as its viewer) %.0f ms (%.2f ms per page)%n",
                PAGES, live / 1e6, edit / 1e6, edit / 1e6 / PAGES);
        subscriptions.forEach(com.vaadin.flow.shared.Registration::remove);
        assertThat(broadcaster.subscribers(session.id())).isZero();
    }
}
