package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.ui.Feedback;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/** The coming sessions of every space the person sees; staff schedule sessions in spaces they moderate. */
@Route("sessions")
@PermitAll
@Menu(order = 18, title = "nav.sessions", icon = "vaadin:calendar-user")
public final class SessionsView extends Main implements HasDynamicTitle {

    final Button schedule = new Button();
    final Div list = new Div();

    SessionsView(SessionService sessions, SpaceService spaces) {
        addClassName("passerelle-page");
        List<SpaceSummary> visible = spaces.visibleSpaces();
        List<SpaceSummary> moderated =
                visible.stream().filter(SpaceSummary::mayModerate).toList();
        schedule.setText(getTranslation("sessions.schedule"));
        schedule.setIcon(VaadinIcon.PLUS.create());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setVisible(!moderated.isEmpty());
        schedule.addClickListener(click -> SessionDialog.create(sessions, moderated, null, saved -> {
                    Feedback.success(getTranslation("sessions.scheduled"));
                    getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.parameters(saved.id())));
                })
                .open());
        add(schedule, list);
        Map<Long, SpaceSummary> byId =
                visible.stream().collect(Collectors.toMap(SpaceSummary::id, Function.identity()));
        List<SessionSummary> upcoming = sessions.upcoming();
        if (upcoming.isEmpty()) {
            list.add(new Paragraph(getTranslation("sessions.none")));
        }
        Instant now = sessions.now();
        for (SessionSummary session : upcoming) {
            SpaceSummary space = byId.get(session.spaceId());
            list.add(new SessionCard(
                    session, space == null ? null : space.title(getLocale()).text(), now, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }
}
