package org.passerelle.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.ui.NotFoundView;
import org.passerelle.sessions.AgendaItem;
import org.passerelle.sessions.LiveSessionService;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.SessionForm;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionTimes;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;

/** The sessions list, a space's agenda, the session page with its live agenda, and the session dialog. */
class SessionViewsTest extends KaribuTest {

    SessionsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SessionsFixture(context, accounts);
    }

    SessionSummary scheduled(long space, SessionForm form) {
        SessionSummary session = fixture.schedule(space, form);
        TestAccounts.signOut();
        return session;
    }

    void open(SessionSummary session) {
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(session.id()));
    }

    @Test
    void staffScheduleFromTheSpaceAgendaWhichGroupsByWeekAndDay() {
        long space = fixture.space(AccessMode.OPEN);
        TestAccounts.signOut();
        signIn(TestAccounts.STAFF);
        navigate("spaces/" + space + "/sessions");
        SpaceSessionsView agendaView = _get(SpaceSessionsView.class);
        _click(agendaView.schedule);
        SessionDialog dialog = _get(SessionDialog.class);
        assertThat(dialog.space.isVisible()).isFalse(); // the space is given
        LocalDateTime start = SessionsFixture.TODAY.plusDays(3).atTime(9, 30);
        _setValue(dialog.title, "Co-creation morning");
        _setValue(dialog.startsAt, start);
        _setValue(dialog.endsAt, start.plusHours(2));
        _setValue(dialog.place, "Rue Montoyer 40");
        _setValue(dialog.onlineLink, "");
        _setValue(dialog.capacity, 12);
        _click(dialog.agenda.add);
        _setValue(dialog.agenda.rows.getFirst().title(), "Welcome");
        _setValue(dialog.agenda.rows.getFirst().minutes(), 20);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        SpaceSessionsView view = _get(SpaceSessionsView.class);
        List<String> headings =
                _find(view.weeks, H3.class).stream().map(H3::getText).toList();
        assertThat(headings).anySatisfy(h -> assertThat(h).startsWith("Week of"));
        assertThat(headings).contains("Co-creation morning");
        SessionSummary saved =
                context.getBean(SessionService.class).ofSpace(space).getFirst();
        assertThat(SessionTimes.local(saved.startsAt())).isEqualTo(start);
        assertThat(saved.agenda()).hasSize(1);
    }

    @Test
    void badInputIsRefusedOnTheFieldAndWhatWasTypedStays() {
        long space = fixture.space(AccessMode.OPEN);
        TestAccounts.signOut();
        signIn(TestAccounts.STAFF);
        navigate("sessions");
        _click(_get(SessionsView.class).schedule);
        SessionDialog dialog = _get(SessionDialog.class);
        _setValue(
                dialog.space,
                dialog.space
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.id() == space)
                        .findFirst()
                        .orElseThrow());
        _setValue(dialog.title, "Evening");
        _setValue(dialog.place, "Brussels");
        _setValue(dialog.endsAt, dialog.startsAt.getValue().minusHours(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.endsAt.isInvalid()).isTrue();
        assertThat(dialog.endsAt.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(dialog.title.getValue()).isEqualTo("Evening");

        _setValue(dialog.endsAt, dialog.startsAt.getValue().plusHours(1));
        _setValue(dialog.onlineLink, "javascript:alert(1)");
        _click(dialog.save);
        assertThat(dialog.onlineLink.isInvalid()).isTrue();

        _setValue(dialog.onlineLink, "https://meet.example.org/room");
        _setValue(dialog.capacity, 0);
        _click(dialog.save);
        assertThat(dialog.capacity.getErrorMessage()).isEqualTo("The number of seats must be between 1 and 1,000.");

        _setValue(dialog.capacity, 10);
        _click(dialog.agenda.add);
        _setValue(dialog.agenda.rows.getFirst().title(), "Everything");
        _setValue(dialog.agenda.rows.getFirst().minutes(), 90);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.lastRefusal).isEqualTo("The agenda lasts 90 minutes but the session only 60.");
        assertThat(context.getBean(SessionService.class).ofSpace(space)).isEmpty();
    }

    @Test
    void membersRegisterAndJoinTheWaitingListInTheirLanguage() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Small room", 1));
        accounts.signIn(TestAccounts.BOARD);
        context.getBean(RegistrationService.class).register(session.id());
        signIn(TestAccounts.MEMBER); // French
        open(session);
        SessionView view = _get(SessionView.class);
        assertThat(view.seats.getText()).isEqualTo("0 places libres sur 1, 0 en attente.");
        assertThat(view.unregister.isVisible()).isFalse();
        _click(view.register);
        view = _get(SessionView.class);
        assertThat(view.seats.getText()).endsWith("Vous êtes n° 1 sur la liste d'attente.");
        assertThat(view.register.isVisible()).isFalse();
        _click(view.unregister);
        assertThat(_get(SessionView.class).register.isVisible()).isTrue();
    }

    @Test
    void strangersCannotRegisterAndHiddenSessionsAreNotFound() {
        long open = fixture.space(AccessMode.OPEN);
        long hidden = fixture.space(AccessMode.PRIVATE);
        SessionSummary visible = scheduled(open, SessionsFixture.tomorrow("Open", 5));
        SessionSummary secret = scheduled(hidden, SessionsFixture.tomorrow("Secret", 5));
        signIn(TestAccounts.OUTSIDER);
        open(visible);
        SessionView view = _get(SessionView.class);
        assertThat(view.register.isVisible()).isFalse();
        assertThat(view.liveControls.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
        open(secret);
        _get(NotFoundView.class);
        navigate("sessions/not-a-number");
        _get(NotFoundView.class);
        navigate("sessions");
        assertThat(_get(SessionsView.class).schedule.isVisible()).isFalse();
        assertThat(_find(_get(SessionsView.class).list, H3.class))
                .extracting(H3::getText)
                .containsExactly("Open");
    }

    @Test
    void scriptAndHtmlInSessionTextsAreShownInert() {
        long space = fixture.space(AccessMode.OPEN);
        SessionForm form = SessionsFixture.tomorrow("<b>Bold?</b>", 5);
        SessionSummary session = scheduled(
                space,
                new SessionForm(
                        form.title(),
                        "<script>alert('x')</script>\n\n[click](javascript:alert(1)) **real**",
                        form.startsAt(),
                        form.endsAt(),
                        form.place(),
                        form.onlineLink(),
                        form.capacity(),
                        form.agenda()));
        signIn(TestAccounts.BOARD);
        open(session);
        SessionView view = _get(SessionView.class);
        assertThat(view.title.getText()).isEqualTo("<b>Bold?</b>");
        assertThat(view.title.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        String html = view.description
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getElement()
                .getProperty("innerHTML");
        assertThat(html).contains("&lt;script&gt;", "<strong>real</strong>").doesNotContain("<script", "javascript:");
        assertThat(view.onlineLink.getHref()).isEqualTo("https://meet.example.org/passerelle");
    }

    @Test
    void theFacilitatorDrivesTheAgendaAndTheTimer() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Live", 5));
        signIn(TestAccounts.STAFF);
        open(session);
        SessionView view = _get(SessionView.class);
        assertThat(view.liveControls.isVisible()).isTrue();
        assertThat(view.agenda.status.getText()).isEqualTo("The facilitator has not started the agenda yet.");
        assertThat(view.liveControls.startTimer.isEnabled()).isFalse();
        _click(view.liveControls.next);
        assertThat(view.agenda.status.getText()).isEqualTo("Now: item 1, Welcome");
        assertThat(view.agenda.lines.getFirst().getClassNames()).contains("passerelle-agenda-current");
        assertThat(view.agenda.timer.isVisible()).isFalse();
        _click(view.liveControls.startTimer);
        assertThat(view.agenda.timer.isVisible()).isTrue();
        assertThat(view.agenda.timer.getText()).isIn("Time left: 10:00", "Time left: 9:59");
        _click(view.liveControls.next);
        _click(view.liveControls.next);
        assertThat(view.agenda.status.getText()).isEqualTo("The agenda is over.");
        assertThat(_find(view.sectionsSlot, org.passerelle.discussions.ui.ThreadPanel.class))
                .as("the session's live thread")
                .hasSize(1);
    }

    @Test
    void otherOpenPagesFollowTheFacilitatorLiveAsTheirOwnViewer() throws InterruptedException {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Pushed", 5));
        SessionBroadcaster broadcaster = context.getBean(SessionBroadcaster.class);
        signIn(TestAccounts.BOARD);
        open(session);
        SessionView view = _get(SessionView.class);
        assertThat(broadcaster.subscribers(session.id())).isEqualTo(1);
        assertThat(view.liveControls.isVisible()).isFalse();

        // the facilitator acts elsewhere; the change reaches this page through UI.access
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(LiveSessionService.class).nextItem(session.id());
        context.getBean(LiveSessionService.class).startTimer(session.id());
        assertThat(broadcaster.awaitDelivered(java.time.Duration.ofSeconds(10))).isTrue();
        MockVaadin.runUIQueue();
        assertThat(view.agenda.status.getText()).isEqualTo("Now: item 1, Welcome");
        assertThat(view.agenda.timer.isVisible()).isTrue();
        assertThat(view.liveControls.isVisible()).isFalse();

        // an edit makes open pages read the session again, as their own viewer (not as the facilitator)
        SessionSummary current = context.getBean(SessionService.class).get(session.id());
        context.getBean(SessionService.class)
                .update(
                        session.id(),
                        current.version(),
                        new SessionForm(
                                "Pushed and renamed",
                                current.descriptionEn(),
                                current.toForm().startsAt(),
                                current.toForm().endsAt(),
                                current.place(),
                                current.onlineLink(),
                                current.capacity(),
                                current.toForm().agenda()));
        assertThat(broadcaster.awaitDelivered(java.time.Duration.ofSeconds(10))).isTrue();
        MockVaadin.runUIQueue();
        view = _get(SessionView.class);
        assertThat(view.title.getText()).isEqualTo("Pushed and renamed");
        assertThat(view.agenda.status.getText()).isEqualTo("Now: item 1, Welcome");
        assertThat(view.liveControls.isVisible())
                .as("read as the page's viewer, not the facilitator")
                .isFalse();
        assertThat(view.edit.isVisible()).isFalse();

        accounts.signIn(TestAccounts.BOARD);
        navigate("sessions");
        assertThat(broadcaster.subscribers(session.id())).isZero();
    }

    @Test
    void scheduleAndMyActionsArePlacesInTheMenu() {
        long space = fixture.space(AccessMode.OPEN);
        scheduled(space, SessionsFixture.tomorrow("Listed", 5));
        signIn(TestAccounts.STAFF);
        navigate("sessions");
        SessionsView list = _get(SessionsView.class);
        assertThat(list.schedule.isVisible()).isTrue();
        assertThat(_find(list.list, H3.class)).extracting(H3::getText).containsExactly("Listed");
        navigate("my-actions");
        assertThat(_get(MyActionsView.class).list.getElement().getTextRecursively())
                .isEqualTo("You have no action items.");
    }

    @Test
    void staffEditAndCancelFromTheSessionPageAndTheSpaceLinksToItsSessions() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Draft title", 5));
        signIn(TestAccounts.STAFF);
        navigate("spaces/" + space);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .contains("spaces/" + space + "/sessions");
        open(session);
        _click(_get(SessionView.class).edit);
        SessionDialog dialog = _get(SessionDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("Draft title");
        assertThat(dialog.agenda.rows).hasSize(2);
        _setValue(dialog.title, "Final title");
        _click(dialog.save);
        SessionView view = _get(SessionView.class);
        assertThat(view.title.getText()).isEqualTo("Final title");

        _click(view.cancel);
        CancelDialog cancel = _get(CancelDialog.class);
        // each button says its effect: keeping the session is not a second "Cancel"
        assertThat(_find(cancel, Button.class).stream().map(Button::getText))
                .contains("Keep the session", "Cancel the session")
                .doesNotContain("Cancel");
        _setValue(cancel.reason, "Room flooded");
        _click(cancel.confirm);
        view = _get(SessionView.class);
        assertThat(view.phase.getText()).isEqualTo("Cancelled");
        assertThat(view.seats.getText()).isEqualTo("Cancelled: Room flooded");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.liveControls.isVisible()).isFalse();
    }

    static SessionForm withAgenda(SessionForm form, List<AgendaItem> agenda) {
        return new SessionForm(
                form.title(),
                form.description(),
                form.startsAt(),
                form.endsAt(),
                form.place(),
                form.onlineLink(),
                form.capacity(),
                agenda);
    }
}
