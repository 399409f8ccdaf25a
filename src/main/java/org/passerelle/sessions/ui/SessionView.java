package org.passerelle.sessions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.sessions.AgendaAuthors;
import org.passerelle.sessions.LiveSessionService;
import org.passerelle.sessions.MinutesExport;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionCalendar;
import org.passerelle.sessions.SessionNotFoundException;
import org.passerelle.sessions.SessionPhase;
import org.passerelle.sessions.SessionRecordService;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionState;
import org.passerelle.sessions.SessionSummary;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One session: when and where, registration, the agenda with the live current item and timer (driven by
 * the facilitator, pushed to every open page), the slot for the session's thread, then the minutes,
 * action items and, for facilitators, the follow-up forms. A session of a space one may not see is "not
 * found".
 */
@Route("sessions/:id")
@PermitAll
public final class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final SessionHeader header;
    final H2 title;
    final Span phase;
    final Anchor onlineLink;
    final CalendarLink calendar;
    final Div description;
    final SeatsLine seats = new SeatsLine();
    final RegistrationPanel registration = new RegistrationPanel(this::register, this::unregister);
    final Button register = registration.register;
    final Button unregister = registration.unregister;
    final Button edit = new Button();
    final Button cancel = new Button();
    final AgendaPanel agenda = new AgendaPanel();
    final AbsentAuthorsNotice absentAuthors;
    final LiveControls liveControls;
    /**
     * Other modules' sections (the live thread, the material), made once per session: they keep their own
     * live state while the page refreshes.
     */
    final Div sectionsSlot = new Div();

    /** Before the start, why attendance, minutes and action items are not there yet. */
    final Paragraph opensAtStart = new Paragraph();

    final Div record = new Div();
    private final SessionService sessions;
    private final ObjectProvider<PageSection<SessionSummary>> sections;
    private Long sectionsOf;
    private final RegistrationService registrations;
    private final SessionRecordService followUp;
    private final MinutesExport export;
    private SessionSummary session;

    SessionView(
            SessionService sessions,
            LiveSessionService live,
            RegistrationService registrations,
            SessionRecordService followUp,
            MinutesExport export,
            SessionCalendar calendarFiles,
            SessionBroadcaster broadcaster,
            AgendaAuthors agendaAuthors,
            ObjectProvider<PageSection<SessionSummary>> sections) {
        this.sections = sections;
        this.sessions = sessions;
        this.registrations = registrations;
        this.followUp = followUp;
        this.export = export;
        liveControls = new LiveControls(live, broadcaster, this::refreshLive, this::show);
        header = new SessionHeader(calendarFiles);
        absentAuthors = new AbsentAuthorsNotice(agendaAuthors);
        title = header.title;
        phase = header.phase;
        onlineLink = header.onlineLink;
        calendar = header.calendar;
        description = header.description;
        addClassName("passerelle-page");
        edit.setText(getTranslation("sessions.edit"));
        edit.addClickListener(click -> SessionDialog.edit(sessions, session, saved -> {
                    Feedback.success(getTranslation("sessions.saved"));
                    show(saved.id());
                })
                .open());
        cancel.setText(getTranslation("sessions.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> new CancelDialog(reason -> act(() -> {
                    sessions.cancel(session.id(), reason);
                    return getTranslation("sessions.cancelled");
                }))
                .open());
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | SessionNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long id) {
        session = sessions.get(id);
        removeAll();
        if (sectionsOf == null || sectionsOf != id) {
            sectionsSlot.removeAll();
            if (!session.guest()) { // an invited author sees the session, not the space's thread and material
                PageSection.render(sections, session, false).forEach(sectionsSlot::add);
            }
            sectionsOf = id;
        }
        header.show(session, getLocale());
        edit.setVisible(session.mayFacilitate() && session.state() == SessionState.SCHEDULED);
        cancel.setVisible(edit.isVisible());
        registration.actions.add(edit, cancel);
        absentAuthors.show(session);
        add(header, seats, registration, agenda, absentAuthors, liveControls, sectionsSlot, opensAtStart);
        record.removeAll();
        record.add(new FollowUpPanel(session, sessions, registrations, followUp, export, () -> show(id)));
        add(record);
        refreshLive(session);
        if (liveControls.followsOtherThan(id)) {
            getUI().ifPresent(ui -> liveControls.subscribe(ui, session)); // the same page shows another session
        }
    }

    /** What changes while the session runs: phase, seats, registration buttons, agenda and timer. */
    private void refreshLive(SessionSummary current) {
        session = current;
        SessionPhase now = current.phase(sessions.now());
        phase.setText(getTranslation(now.messageKey()));
        seats.show(current);
        registration.show(current);
        opensAtStart.setVisible(now == SessionPhase.UPCOMING);
        opensAtStart.setText(
                getTranslation("sessions.opens-at-start", SessionTexts.dateTime(current.startsAt(), getLocale())));
        agenda.show(current, sessions.now());
        liveControls.show(current);
    }

    private void register() {
        act(() -> {
            RegistrationStatus status = registrations.register(session.id());
            return getTranslation(
                    status == RegistrationStatus.REGISTERED ? "sessions.registered" : "sessions.waiting-listed");
        });
    }

    private void unregister() {
        act(() -> {
            registrations.unregister(session.id());
            return getTranslation("sessions.unregistered");
        });
    }

    private void act(Supplier<String> action) {
        try {
            Feedback.success(action.get());
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
        try {
            show(session.id());
        } catch (SessionNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(SessionsView.class));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        liveControls.subscribe(attach.getUI(), session);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveControls.unsubscribe();
    }

    @Override
    public String getPageTitle() {
        return session == null
                ? getTranslation("sessions.title")
                : session.title(getLocale()).text();
    }
}
