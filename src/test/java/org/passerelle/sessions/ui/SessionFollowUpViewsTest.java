package org.passerelle.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.TimeZones;
import org.passerelle.sessions.ActionItemForm;
import org.passerelle.sessions.ActionStatus;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.SessionRecordService;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;

/** After a session: attendance, minutes, action items on the session page, and "My actions". */
class SessionFollowUpViewsTest extends KaribuTest {

    SessionsFixture fixture;
    SessionSummary session;

    @BeforeEach
    void heldSession() {
        fixture = new SessionsFixture(context, accounts);
        long space = fixture.space(AccessMode.OPEN);
        session = fixture.schedule(space, SessionsFixture.tomorrow("Held", 5));
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(RegistrationService.class).register(session.id());
        accounts.signIn(TestAccounts.STAFF);
        SessionService sessions = context.getBean(SessionService.class);
        SessionSummary current = sessions.get(session.id());
        LocalDateTime start = LocalDateTime.now(TimeZones.OFFICE).minusHours(3);
        var form = current.toForm();
        session = sessions.update(
                session.id(),
                current.version(),
                new org.passerelle.sessions.SessionForm(
                        form.title(),
                        form.description(),
                        start,
                        start.plusHours(2),
                        form.place(),
                        form.onlineLink(),
                        form.capacity(),
                        form.agenda()));
        TestAccounts.signOut();
    }

    FollowUpPanel openAs(TestAccounts.Person person) {
        signIn(person);
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(session.id()));
        return _get(FollowUpPanel.class);
    }

    @Test
    void theFacilitatorRecordsAttendanceMinutesAndActions() {
        FollowUpPanel panel = openAs(TestAccounts.STAFF);
        assertThat(_get(SessionView.class).phase.getText()).isEqualTo("Ended");
        Object member =
                panel.attendance.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(panel.attendance, java.util.Set.of((org.passerelle.sessions.Registrant) member));
        _click(panel.saveAttendance);
        panel = _get(FollowUpPanel.class);
        assertThat(panel.attendedIds()).containsExactly(accounts.idOf(TestAccounts.MEMBER));

        _setValue(panel.minutesEditor, "## Decisions\n\n<script>alert(1)</script> Three clinics.");
        _click(panel.saveMinutes);
        panel = _get(FollowUpPanel.class);
        String html = panel.minutes
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getElement()
                .getProperty("innerHTML");
        assertThat(html).contains("<h2>Decisions</h2>", "&lt;script&gt;").doesNotContain("<script");
        assertThat(panel.download.getHref()).isNotBlank();

        _setValue(panel.actionTitle, "Send the budget");
        _click(panel.addAction);
        assertThat(panel.actionOwner.isInvalid()).isTrue();
        assertThat(panel.actionOwner.getErrorMessage()).isEqualTo("The owner must be a member of the space.");
        _setValue(
                panel.actionOwner,
                panel.actionOwner
                        .getListDataView()
                        .getItems()
                        .filter(m -> m.displayName().equals(TestAccounts.MEMBER.name()))
                        .findFirst()
                        .orElseThrow());
        _setValue(panel.actionDue, SessionsFixture.TODAY.plusDays(7));
        _click(panel.addAction);
        panel = _get(FollowUpPanel.class);
        assertThat(panel.actions.getElement().getTextRecursively())
                .contains("Send the budget — " + TestAccounts.MEMBER.name());
    }

    @Test
    void readersSeeTheMinutesButNoForms() {
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(SessionRecordService.class).saveMinutes(session.id(), "We agreed.");
        TestAccounts.signOut();
        FollowUpPanel panel = openAs(TestAccounts.BOARD);
        assertThat(panel.minutes
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getProperty("innerHTML"))
                .isEqualTo("<p>We agreed.</p>\n");
        assertThat(panel.minutesEditor.isAttached()).isFalse();
        assertThat(panel.attendance.isAttached()).isFalse();
        assertThat(panel.addAction.isAttached()).isFalse();
    }

    @Test
    void ownersSeeAndCloseTheirActionsInMyActions() {
        accounts.signIn(TestAccounts.STAFF);
        var action = context.getBean(SessionRecordService.class)
                .addAction(
                        session.id(),
                        new ActionItemForm(
                                "Call the clinic", accounts.idOf(TestAccounts.MEMBER), SessionsFixture.TODAY));
        TestAccounts.signOut();
        signIn(TestAccounts.MEMBER);
        navigate("my-actions");
        MyActionsView view = _get(MyActionsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("Call the clinic", "Held");
        _setValue(_get(view.list, Checkbox.class), true);
        assertThat(context.getBean(SessionRecordService.class).myActions())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.DONE));
        assertThat(action.id()).isPositive();

        signIn(TestAccounts.BOARD);
        navigate("my-actions");
        assertThat(_get(MyActionsView.class).list.getElement().getTextRecursively())
                .isEqualTo("You have no action items.");
    }
}
