package org.passerelle.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.TimeZones;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionForm;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;

/**
 * A session page explains itself: the register button or why not, the invitation of a proposal's authors, why
 * the record is not there yet, the status the facilitator sets, the title in the reader's language and the
 * calendar file.
 */
class SessionExplainsItselfTest extends KaribuTest {

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

    SessionView open(SessionSummary session) {
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(session.id()));
        return _get(SessionView.class);
    }

    static SessionForm startedHalfAnHourAgo(String title) {
        LocalDateTime start = LocalDateTime.now(TimeZones.OFFICE).minusMinutes(30);
        return SessionsFixture.form(title, start, start.plusHours(2), 5);
    }

    @Test
    void aMemberSeesTheRegisterButtonAndANonMemberSeesWhyNot() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Open day", 5));
        signIn(TestAccounts.BOARD); // a member
        SessionView view = open(session);
        assertThat(view.register.isVisible()).isTrue();
        assertThat(view.register.getText()).isEqualTo("Register");
        assertThat(view.registration.note.isVisible()).isFalse();
        assertThat(view.registration.invitation.isVisible()).isFalse();

        signIn(TestAccounts.OUTSIDER); // sees the open space, is not a member
        view = open(session);
        assertThat(view.register.isVisible()).isFalse();
        assertThat(view.registration.note.isVisible()).isTrue();
        assertThat(view.registration.note.getText())
                .isEqualTo(
                        "Sessions of this space are for its members: join the space on its page, then register here.");
    }

    @Test
    void theAuthorOfAProposalOnTheAgendaIsInvitedAndRegisters() {
        SessionSummary session = fixture.withInvitedAuthor(AccessMode.RESTRICTED, "Solar clinics", 5);
        TestAccounts.signOut();
        signIn(TestAccounts.MEMBER); // French; left the restricted space
        SessionView view = open(session);
        assertThat(view.registration.invitation.isVisible()).isTrue();
        assertThat(view.registration.invitation.getText())
                .isEqualTo("Vous êtes invité·e : votre proposition «\u00a0Solar clinics\u00a0» est à l'ordre du jour.");
        assertThat(view.registration.note.isVisible()).isFalse();
        assertThat(view.register.isVisible()).isTrue();
        _click(view.register);
        view = _get(SessionView.class);
        assertThat(view.unregister.isVisible()).isTrue();
        assertThat(view.registration.invitation.isVisible()).isFalse();
        assertThat(view.seats.getText()).endsWith("Vous êtes inscrit·e.");
    }

    @Test
    void anInvitedAuthorFindsTheSessionInTheSessionsList() {
        SessionSummary session = fixture.withInvitedAuthor(AccessMode.RESTRICTED, "Solar clinics", 5);
        TestAccounts.signOut();
        signIn(TestAccounts.MEMBER); // left the restricted space: invited as the proposal's author
        UI.getCurrent().navigate(SessionsView.class);
        SessionsView list = _get(SessionsView.class);
        assertThat(_find(list.list, com.vaadin.flow.router.RouterLink.class))
                .anySatisfy(link -> assertThat(link.getHref()).isEqualTo("sessions/" + session.id()));
    }

    @Test
    void theFacilitatorOfAPrivateSpaceIsToldWhichAuthorsCannotSeeTheSessionAndInvitesThem() {
        SessionSummary session = fixture.withInvitedAuthor(AccessMode.PRIVATE, "Solar clinics", 5);
        TestAccounts.signOut();
        signIn(TestAccounts.ADMIN); // the facilitator, in English
        SessionView view = open(session);
        assertThat(view.absentAuthors.isVisible()).isTrue();
        assertThat(_find(view.absentAuthors, com.vaadin.flow.component.html.ListItem.class))
                .singleElement()
                .satisfies(line -> assertThat(line.getElement().getTextRecursively())
                        .startsWith("Moussa Membre, author of “Solar clinics”"));
        _click(_get(
                view.absentAuthors,
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Invite to the space")));
        assertThat(_find(view.absentAuthors, com.vaadin.flow.component.html.ListItem.class))
                .singleElement()
                .satisfies(line -> assertThat(line.getElement().getTextRecursively())
                        .endsWith("invitation to the space sent, not answered yet"));
        assertThat(_find(view.absentAuthors, com.vaadin.flow.component.button.Button.class))
                .isEmpty();

        signIn(TestAccounts.BOARD); // a board member of the space: not told (not a facilitator)
        assertThat(open(session).absentAuthors.isVisible()).isFalse();
    }

    @Test
    void afterTheStartRegistrationIsClosedAndSaysSo() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, startedHalfAnHourAgo("Already on"));
        signIn(TestAccounts.BOARD);
        SessionView view = open(session);
        assertThat(view.register.isVisible()).isFalse();
        assertThat(view.registration.note.getText()).isEqualTo("Registration is closed: the session has started.");
        assertThat(view.phase.getText()).isEqualTo("In progress");
        assertThat(view.opensAtStart.isVisible()).isFalse();
    }

    @Test
    void aFullSessionOffersTheWaitingListAndSaysHowManySeatsAreTaken() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Small room", 1));
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(RegistrationService.class).register(session.id());
        TestAccounts.signOut();
        signIn(TestAccounts.BOARD);
        SessionView view = open(session);
        assertThat(view.register.isVisible()).isTrue();
        assertThat(view.register.getText()).isEqualTo("Join the waiting list");
        assertThat(view.registration.note.getText())
                .isEqualTo("Full: 1 seat taken. Registering puts you on the waiting list.");
        _click(view.register);
        assertThat(context.getBean(SessionService.class).get(session.id()).myStatus())
                .isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void beforeTheStartThePageSaysWhenAttendanceMinutesAndActionsOpen() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Tomorrow", 5));
        signIn(TestAccounts.BOARD);
        SessionView view = open(session);
        assertThat(view.opensAtStart.isVisible()).isTrue();
        assertThat(view.opensAtStart.getText())
                .startsWith("Attendance, minutes and action items open when the session starts (on ")
                .contains(SessionTexts.dateTime(
                        session.startsAt(), UI.getCurrent().getLocale()));
    }

    @Test
    void whileTheFacilitatorRunsItTheSessionIsInProgressEverywhere() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Early start", 5));
        signIn(TestAccounts.STAFF);
        SessionView view = open(session);
        assertThat(view.phase.getText()).isEqualTo("Upcoming");
        _click(view.liveControls.next); // the facilitator starts before the time
        assertThat(_get(SessionView.class).phase.getText()).isEqualTo("In progress");
        assertThat(_get(SessionView.class).opensAtStart.isVisible()).isFalse();

        signIn(TestAccounts.BOARD);
        assertThat(open(session).phase.getText()).isEqualTo("In progress");
        navigate("sessions");
        assertThat(_find(_get(SessionsView.class).list, SessionCard.class))
                .singleElement()
                .satisfies(card -> assertThat(card.phase.getText()).isEqualTo("In progress"));
        navigate("spaces/" + space + "/sessions");
        assertThat(_find(_get(SpaceSessionsView.class).weeks, SessionCard.class))
                .singleElement()
                .satisfies(card -> assertThat(card.phase.getText()).isEqualTo("In progress"));
    }

    @Test
    void theTitleShowsInTheReadersLanguageAndFallsBackMarked() {
        long space = fixture.space(AccessMode.OPEN);
        TestAccounts.signOut();
        signIn(TestAccounts.STAFF);
        navigate("spaces/" + space + "/sessions");
        _click(_get(SpaceSessionsView.class).schedule);
        SessionDialog dialog = _get(SessionDialog.class);
        assertThat(dialog.title.getLabel()).isEqualTo("Title (English)");
        assertThat(dialog.titleFr.getLabel()).isEqualTo("Title (French)");
        _setValue(dialog.title, "");
        _setValue(dialog.titleFr, "");
        _setValue(dialog.place, "Rue Montoyer 40");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Give the session a title, in English or in French.");
        _setValue(dialog.titleFr, "Journée santé");
        _setValue(dialog.descriptionFr, "Nous préparons les centres de santé.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        SessionSummary saved =
                context.getBean(SessionService.class).ofSpace(space).getFirst();

        signIn(TestAccounts.BOARD); // reads English: the French title, marked as French
        SessionView view = open(saved);
        assertThat(view.title.getText()).isEqualTo("Journée santé");
        assertThat(view.title.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(view.description.getElement().getAttribute("lang")).isEqualTo("fr");
        navigate("sessions");
        assertThat(_find(_get(SessionsView.class).list, SessionCard.class))
                .singleElement()
                .satisfies(card -> assertThat(_find(card, com.vaadin.flow.component.html.H3.class)
                                .getFirst()
                                .getElement()
                                .getAttribute("lang"))
                        .isEqualTo("fr"));

        signIn(TestAccounts.MEMBER); // reads French: nothing to mark
        view = open(saved);
        assertThat(view.title.getText()).isEqualTo("Journée santé");
        assertThat(view.title.getElement().getAttribute("lang")).isNull();
    }

    @Test
    void aMemberHasALinkToAddTheSessionToTheirCalendar() {
        long space = fixture.space(AccessMode.OPEN);
        SessionSummary session = scheduled(space, SessionsFixture.tomorrow("Health day", 5));
        signIn(TestAccounts.BOARD);
        SessionView view = open(session);
        assertThat(view.calendar.isVisible()).isTrue();
        assertThat(view.calendar.getText()).isEqualTo("Add to my calendar");
        assertThat(view.calendar.getHref()).isNotBlank();
        assertThat(view.calendar.getElement().hasAttribute("download")).isTrue();
        List<String> lines = List.of(new String(
                        context.getBean(org.passerelle.sessions.SessionCalendar.class)
                                .ics(session.id(), UI.getCurrent().getLocale()),
                        java.nio.charset.StandardCharsets.UTF_8)
                .split("\r\n"));
        assertThat(lines).contains("SUMMARY:Health day", "LOCATION:Rue Montoyer 40\\, Brussels");
    }
}
