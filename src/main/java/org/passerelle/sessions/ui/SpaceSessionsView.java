package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.Feedback;
import org.passerelle.sessions.SessionPhase;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionTimes;
import org.passerelle.spaces.SpaceNotFoundException;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/**
 * A space's agenda: its coming sessions grouped by week (Monday first) and day, in Brussels time, then its
 * past sessions. Staff who moderate the space schedule from here.
 */
@Route("spaces/:id/sessions")
@PermitAll
public final class SpaceSessionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button schedule = new Button();
    final Div weeks = new Div();
    final Div past = new Div();
    private final SessionService sessions;
    private final SpaceService spaces;
    private SpaceSummary space;

    SpaceSessionsView(SessionService sessions, SpaceService spaces) {
        this.sessions = sessions;
        this.spaces = spaces;
        addClassName("passerelle-page");
        schedule.setText(getTranslation("sessions.schedule"));
        schedule.setIcon(VaadinIcon.PLUS.create());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> SessionDialog.create(sessions, List.of(space), space, saved -> {
                    Feedback.success(getTranslation("sessions.scheduled"));
                    show(space.id());
                })
                .open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | SpaceNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long spaceId) {
        space = spaces.get(spaceId);
        List<SessionSummary> all = sessions.ofSpace(spaceId);
        removeAll();
        weeks.removeAll();
        past.removeAll();
        schedule.setVisible(space.mayModerate());
        add(new Anchor("spaces/" + spaceId, getTranslation("sessions.back-to-space")), schedule, weeks);
        Instant now = sessions.now();
        Map<LocalDate, Map<LocalDate, List<SessionSummary>>> byWeek = all.stream()
                .filter(s -> s.phase(now) != SessionPhase.ENDED)
                .collect(Collectors.groupingBy(
                        s -> day(s).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        TreeMap::new,
                        Collectors.groupingBy(SpaceSessionsView::day, TreeMap::new, Collectors.toList())));
        if (byWeek.isEmpty()) {
            weeks.add(new Paragraph(getTranslation("sessions.none")));
        }
        byWeek.forEach((monday, days) -> {
            Div week = new Div();
            week.addClassName("passerelle-week");
            week.add(new H3(getTranslation("sessions.week-of", Formats.date(monday, getLocale()))));
            days.forEach((day, ofDay) -> {
                week.add(new H4(Formats.fullDate(day, getLocale())));
                ofDay.forEach(s -> week.add(new SessionCard(s, null, now, getLocale())));
            });
            weeks.add(week);
        });
        List<SessionSummary> ended = all.stream()
                .filter(s -> s.phase(now) == SessionPhase.ENDED)
                .toList()
                .reversed();
        if (!ended.isEmpty()) {
            past.add(new H3(getTranslation("sessions.past")));
            ended.forEach(s -> past.add(new SessionCard(s, null, now, getLocale())));
            add(past);
        }
    }

    private static LocalDate day(SessionSummary session) {
        return SessionTimes.local(session.startsAt()).toLocalDate();
    }

    @Override
    public String getPageTitle() {
        return space == null
                ? getTranslation("sessions.title")
                : getTranslation("sessions.of-space", space.title(getLocale()).text());
    }
}
