package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.sessions.SessionsFixture.TODAY;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.audit.AuditLogProbe;
import org.passerelle.base.TimeZones;
import org.passerelle.spaces.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Attendance, minutes, action items and the Markdown export; run on H2 and PostgreSQL. */
abstract class FollowUpContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionService sessions;

    @Autowired
    LiveSessionService liveSessions;

    @Autowired
    SessionDashboards dashboards;

    @Autowired
    RegistrationService registrations;

    @Autowired
    SessionRecordService followUp;

    @Autowired
    MinutesExport export;

    TestAccounts accounts;
    SessionsFixture fixture;
    long space;
    SessionSummary session;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new SessionsFixture(context, accounts);
        space = fixture.space(AccessMode.OPEN);
        session = fixture.schedule(space, SessionsFixture.tomorrow("Health co-creation", 10));
        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD)) {
            accounts.signIn(person);
            registrations.register(session.id());
        }
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Moves the session into the past, as if it had taken place. */
    SessionSummary held() {
        accounts.signIn(TestAccounts.STAFF);
        SessionSummary current = sessions.get(session.id());
        LocalDateTime start = LocalDateTime.now(TimeZones.OFFICE).minusHours(3);
        return sessions.update(
                session.id(),
                current.version(),
                SessionServiceContract.with(current.toForm(), start, start.plusHours(2)));
    }

    @Test
    void nothingIsRecordedBeforeTheSessionStarts() {
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> followUp.saveMinutes(session.id(), "Too early"))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-started");
        assertThatThrownBy(() -> followUp.recordAttendance(session.id(), Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-started");
    }

    @Test
    void aSessionTheFacilitatorStartedEarlyIsOpenToItsRecord() {
        accounts.signIn(TestAccounts.STAFF);
        liveSessions.nextItem(session.id()); // before the time: the session is in progress
        followUp.recordAttendance(session.id(), Set.of(accounts.idOf(TestAccounts.MEMBER)));
        followUp.saveMinutes(session.id(), "We started early.");
        assertThat(sessions.get(session.id()).minutes()).isEqualTo("We started early.");
    }

    @Test
    void anActionOfASessionTitledInFrenchOnlyIsListedWithThatTitle() {
        accounts.signIn(TestAccounts.STAFF);
        SessionSummary current = sessions.get(session.id());
        SessionForm form = current.toForm();
        sessions.update(
                session.id(),
                current.version(),
                new SessionForm(
                        null,
                        "Co-création santé",
                        form.description(),
                        null,
                        form.startsAt(),
                        form.endsAt(),
                        form.place(),
                        form.onlineLink(),
                        form.capacity(),
                        form.agenda()));
        long member = accounts.idOf(TestAccounts.MEMBER);
        followUp.addAction(session.id(), new ActionItemForm("Send the budget", member, TODAY.plusDays(7)));
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(dashboards.myOpenActions(5).top())
                .singleElement()
                .satisfies(item -> assertThat(item.sessionTitle()).isEqualTo("Co-création santé"));
    }

    @Test
    void theFacilitatorRecordsAttendanceAndMinutes() {
        held();
        long member = accounts.idOf(TestAccounts.MEMBER);
        long outsider = accounts.idOf(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> followUp.recordAttendance(session.id(), Set.of(outsider)))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-registrant");
        followUp.recordAttendance(session.id(), Set.of(member));
        assertThat(registrations.registrants(session.id()))
                .extracting(Registrant::displayName, Registrant::attended)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TestAccounts.MEMBER.name(), true),
                        org.assertj.core.groups.Tuple.tuple(TestAccounts.BOARD.name(), false));
        assertThatThrownBy(() -> followUp.saveMinutes(session.id(), "m".repeat(20001)))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.too-long");
        followUp.saveMinutes(session.id(), "## Decisions\n\n<script>alert(1)</script> We agreed.");
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(sessions.get(session.id()).minutes()).startsWith("## Decisions");
        assertThatThrownBy(() -> followUp.saveMinutes(session.id(), "Mine now"))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-facilitator");
        assertThatThrownBy(() -> followUp.recordAttendance(session.id(), Set.of(member)))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-facilitator");
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(new AuditLogProbe(context).actionsOfSpace(space))
                .contains("session.attendance-recorded", "session.minutes-recorded");
    }

    @Test
    void actionItemsHaveAnOwnerFromTheSpaceWhoSeesAndClosesThem() {
        held();
        long member = accounts.idOf(TestAccounts.MEMBER);
        ActionItemForm bad = new ActionItemForm("Send the budget", accounts.idOf(TestAccounts.OUTSIDER), TODAY);
        assertThatThrownBy(() -> followUp.addAction(session.id(), bad))
                .hasFieldOrPropertyWithValue("field", "owner")
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.owner-not-member");
        assertThatThrownBy(() -> followUp.addAction(session.id(), new ActionItemForm(" ", member, TODAY)))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.action-title-required");
        assertThatThrownBy(() -> followUp.addAction(session.id(), new ActionItemForm("x", member, null)))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.due-required");
        ActionItemView action =
                followUp.addAction(session.id(), new ActionItemForm("Send the budget", member, TODAY.plusDays(7)));
        assertThat(action.ownerName()).isEqualTo(TestAccounts.MEMBER.name());
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);

        accounts.signIn(TestAccounts.BOARD);
        assertThat(followUp.myActions()).isEmpty();
        assertThat(followUp.actions(session.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.mayChange()).isFalse());
        assertThatThrownBy(() -> followUp.setStatus(action.id(), ActionStatus.DONE))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-action-owner");

        accounts.signIn(TestAccounts.MEMBER);
        assertThat(followUp.myActions()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Send the budget");
            assertThat(a.sessionTitle()).isEqualTo("Health co-creation");
            assertThat(a.mayChange()).isTrue();
        });
        assertThat(followUp.setStatus(action.id(), ActionStatus.DONE).status()).isEqualTo(ActionStatus.DONE);
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(new AuditLogProbe(context).actionsOfSpace(space))
                .contains("session.action-added", "session.action-changed");
    }

    @Test
    void minutesExportToMarkdownForTheReader() {
        held();
        long member = accounts.idOf(TestAccounts.MEMBER);
        followUp.recordAttendance(session.id(), Set.of(member));
        followUp.saveMinutes(session.id(), "We agreed on **three** clinics.");
        followUp.addAction(session.id(), new ActionItemForm("Send the budget", member, TODAY.plusDays(7)));
        String staffCopy = export.markdown(session.id());
        assertThat(staffCopy)
                .startsWith("# Health co-creation\n")
                .contains("1. Welcome (10 min)", "## Attendance", "- " + TestAccounts.MEMBER.name())
                .contains("We agreed on **three** clinics.")
                .contains("- [ ] Send the budget — " + TestAccounts.MEMBER.name());
        accounts.signIn(TestAccounts.BOARD);
        assertThat(export.markdown(session.id()))
                .doesNotContain("## Attendance")
                .contains("three");
        assertThat(export.fileName(sessions.get(session.id())))
                .matches("session-\\d+-\\d{4}-\\d{2}-\\d{2}-minutes\\.md");
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(export.markdown(session.id())).contains("three"); // the space is open: readers see minutes
    }
}
