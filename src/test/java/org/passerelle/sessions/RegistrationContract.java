package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.TimeZones;
import org.passerelle.security.Role;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Registration, waiting list, promotion and reminders against a real database; H2 and PostgreSQL. */
@RecordApplicationEvents
abstract class RegistrationContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionService sessions;

    @Autowired
    RegistrationService registrations;

    @Autowired
    SessionReminders reminders;

    @Autowired
    ApplicationEvents events;

    TestAccounts accounts;
    SessionsFixture fixture;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new SessionsFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void membersRegisterAndNonMembersCannot() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Open day", 5));
        accounts.signIn(TestAccounts.OUTSIDER); // sees the open space, is not a member
        assertThat(sessions.get(session.id()).mayRegister()).isFalse();
        assertThatThrownBy(() -> registrations.register(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-member");
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(registrations.register(session.id())).isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> registrations.register(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.already-registered");
        SessionSummary read = sessions.get(session.id());
        assertThat(read.myStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(read.seatsLeft()).isEqualTo(4);
        registrations.unregister(session.id());
        assertThat(sessions.get(session.id()).myStatus()).isNull();
        assertThatThrownBy(() -> registrations.unregister(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-registered");
    }

    @Test
    void theAuthorsOfAProposalOnTheAgendaAreInvitedAndMayRegisterWithoutBeingMembers() {
        SessionSummary session = fixture.withInvitedAuthor(AccessMode.RESTRICTED, "Solar clinics", 5);
        assertThat(events.stream(SessionEvents.SessionAuthorsInvited.class))
                .singleElement()
                .satisfies(invited -> {
                    assertThat(invited.sessionId()).isEqualTo(session.id());
                    assertThat(invited.authorIds()).containsExactly(accounts.idOf(TestAccounts.MEMBER));
                });

        accounts.signIn(TestAccounts.MEMBER); // left the restricted space: sees the session only as an author
        SessionSummary seen = sessions.get(session.id());
        assertThat(seen.invitedFor()).isEqualTo("Solar clinics");
        assertThat(seen.mayRegister()).isTrue();
        assertThat(seen.registrationNote()).isNull();
        assertThat(registrations.register(session.id())).isEqualTo(RegistrationStatus.REGISTERED);
        registrations.unregister(session.id());
        SessionCalendar calendar = context.getBean(SessionCalendar.class);
        assertThat(new String(calendar.ics(session.id(), java.util.Locale.ENGLISH), StandardCharsets.UTF_8))
                .contains("\r\nSUMMARY:Review of the health proposals\r\n");

        accounts.signIn(TestAccounts.OUTSIDER); // neither member nor author: not even found
        assertThatThrownBy(() -> sessions.get(session.id())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> calendar.ics(session.id(), java.util.Locale.ENGLISH))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> registrations.register(session.id())).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void registrationClosesWhenTheFacilitatorStartsTheSessionEarly() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Early bird", 5));
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(session.id()).mayRegister()).isTrue();

        accounts.signIn(TestAccounts.STAFF); // facilitates: moves to the first agenda item a day early
        context.getBean(LiveSessionService.class).nextItem(session.id());

        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(session.id()).registrationNote()).isEqualTo(RegistrationNote.STARTED);
        assertThat(sessions.get(session.id()).mayRegister()).isFalse();
        assertThatThrownBy(() -> registrations.register(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.registration-closed");
    }

    @Test
    void whoMayNotRegisterIsToldWhy() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary full = fixture.schedule(space, SessionsFixture.tomorrow("Small room", 1));
        LocalDateTime started = LocalDateTime.now(TimeZones.OFFICE).minusMinutes(30);
        SessionSummary running = fixture.schedule(space, SessionsFixture.form("Now", started, started.plusHours(2), 5));

        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(sessions.get(full.id()).registrationNote()).isEqualTo(RegistrationNote.MEMBERS_ONLY_JOIN);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(full.id()).registrationNote()).isNull();
        registrations.register(full.id());
        assertThat(sessions.get(full.id()).registrationNote()).isNull(); // registered: the seats line says it
        assertThat(sessions.get(running.id()).registrationNote()).isEqualTo(RegistrationNote.STARTED);
        assertThat(sessions.get(running.id()).mayRegister()).isFalse();
        assertThatThrownBy(() -> registrations.register(running.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.registration-closed");
        accounts.signIn(TestAccounts.BOARD);
        SessionSummary seen = sessions.get(full.id());
        assertThat(seen.registrationNote()).isEqualTo(RegistrationNote.FULL);
        assertThat(seen.mayRegister()).isTrue(); // on the waiting list
        assertThat(registrations.register(full.id())).isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void aFullSessionHasAWaitingListPromotedFirstComeFirstServed() {
        long space = fixture.space(AccessMode.OPEN);
        fixture.addMember(space, TestAccounts.BOTH, SpaceRole.OBSERVER);
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Small room", 1));
        assertThat(registerAs(TestAccounts.MEMBER, session)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registerAs(TestAccounts.BOARD, session)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(registerAs(TestAccounts.BOTH, session)).isEqualTo(RegistrationStatus.WAITING);
        accounts.signIn(TestAccounts.BOTH);
        assertThat(sessions.get(session.id()).myWaitingPosition()).isEqualTo(2);

        accounts.signIn(TestAccounts.MEMBER);
        registrations.unregister(session.id());
        assertThat(events.stream(SessionEvents.RegistrationPromoted.class))
                .extracting(SessionEvents.RegistrationPromoted::accountId)
                .containsExactly(accounts.idOf(TestAccounts.BOARD));
        accounts.signIn(TestAccounts.BOARD);
        assertThat(sessions.get(session.id()).myStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        accounts.signIn(TestAccounts.BOTH);
        SessionSummary waiting = sessions.get(session.id());
        assertThat(waiting.myStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(waiting.myWaitingPosition()).isEqualTo(1);

        // leaving the waiting list frees nothing; a larger room promotes the next
        accounts.signIn(TestAccounts.STAFF);
        SessionSummary current = sessions.get(session.id());
        SessionSummary larger = sessions.update(session.id(), current.version(), capacity(current.toForm(), 3));
        assertThat(larger.registeredCount()).isEqualTo(2);
        assertThat(larger.waitingCount()).isZero();
        assertThatThrownBy(() -> sessions.update(session.id(), larger.version(), capacity(larger.toForm(), 1)))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.capacity-below-registered");
        assertThat(registrations.registrants(session.id()))
                .extracting(Registrant::displayName)
                .containsExactly(TestAccounts.BOARD.name(), TestAccounts.BOTH.name());
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> registrations.registrants(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-facilitator");
    }

    @Test
    void registrationClosesWhenTheSessionStarts() {
        long space = fixture.space(AccessMode.OPEN);
        LocalDateTime started = LocalDateTime.now(TimeZones.OFFICE).minusMinutes(5);
        SessionSummary session = fixture.schedule(space, SessionsFixture.form("Now", started, started.plusHours(1), 5));
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(session.id()).mayRegister()).isFalse();
        assertThatThrownBy(() -> registrations.register(session.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.registration-closed");
    }

    @Test
    void concurrentRegistrationsNeverTakeMoreSeatsThanThereAre() throws Exception {
        int people = 16;
        int seats = 5;
        long space = fixture.space(AccessMode.OPEN);
        List<TestAccounts.Person> crowd = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            TestAccounts.Person person = new TestAccounts.Person(
                    "crowd" + i + "@test.example", "Crowd " + i, "en", EnumSet.of(Role.ASSOCIATION_MEMBER), true);
            accounts.insert(person);
            fixture.addMember(space, person, SpaceRole.PARTICIPANT);
            crowd.add(person);
        }
        SessionSummary session = fixture.schedule(space, SessionsFixture.tomorrow("Popular", seats));
        TestAccounts.signOut();
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RegistrationStatus>> results = new ArrayList<>();
            for (TestAccounts.Person person : crowd) {
                results.add(pool.submit(() -> {
                    accounts.signIn(person);
                    try {
                        start.await();
                        return registrations.register(session.id());
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            start.countDown();
            long registered = 0;
            for (Future<RegistrationStatus> result : results) {
                if (result.get(60, TimeUnit.SECONDS) == RegistrationStatus.REGISTERED) {
                    registered++;
                }
            }
            assertThat(registered).isEqualTo(seats);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_registration where session_id = ? and status = 'REGISTERED'",
                        Long.class,
                        session.id()))
                .isEqualTo(seats);
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_registration where session_id = ? and status = 'WAITING'",
                        Long.class,
                        session.id()))
                .isEqualTo(people - seats);
    }

    @Test
    void remindersAreRaisedOncePerSeatBeforeTheSession() {
        long space = fixture.space(AccessMode.OPEN);
        fixture.addMember(space, TestAccounts.BOTH, SpaceRole.PARTICIPANT);
        LocalDateTime soon = LocalDateTime.now(TimeZones.OFFICE).plusHours(3);
        SessionSummary today = fixture.schedule(space, SessionsFixture.form("Soon", soon, soon.plusHours(1), 2));
        LocalDateTime later = LocalDateTime.now(TimeZones.OFFICE).plusDays(3);
        SessionSummary notYet = fixture.schedule(space, SessionsFixture.form("Later", later, later.plusHours(1), 2));
        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD, TestAccounts.BOTH)) {
            registerAs(person, today);
        }
        registerAs(TestAccounts.MEMBER, notYet);
        TestAccounts.signOut(); // the job runs as no one
        reminders.raiseDue();
        assertThat(events.stream(SessionReminderDue.class))
                .allSatisfy(due -> assertThat(due.sessionId()).isEqualTo(today.id()))
                .extracting(SessionReminderDue::accountId)
                .containsExactlyInAnyOrder(accounts.idOf(TestAccounts.MEMBER), accounts.idOf(TestAccounts.BOARD));
        assertThat(reminders.raiseDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from session_reminder", Long.class))
                .isEqualTo(2);
    }

    RegistrationStatus registerAs(TestAccounts.Person person, SessionSummary session) {
        accounts.signIn(person);
        return registrations.register(session.id());
    }

    static SessionForm capacity(SessionForm f, int capacity) {
        return SessionServiceContract.capacity(f, capacity);
    }
}
