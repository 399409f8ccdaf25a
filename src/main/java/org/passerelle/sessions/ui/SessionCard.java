package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.Locale;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionSummary;

/** A session in a list: title, when, where, seats, the reader's registration, and a link to its page. */
final class SessionCard extends Div {

    final RouterLink open;
    /** Where the session is (upcoming, in progress…), as everywhere (see {@code SessionSummary.phase}). */
    final Span phase;

    SessionCard(SessionSummary session, String spaceTitle, Instant now, Locale locale) {
        addClassName("passerelle-card");
        phase = new Span(getTranslation(session.phase(now).messageKey()));
        phase.getElement().getThemeList().add("badge");
        H3 title = OtherLanguage.mark(new H3(session.title(locale).text()), session.title(locale));
        add(title, phase, new Paragraph(SessionTexts.when(this, locale, session)));
        if (spaceTitle != null) {
            add(new Paragraph(getTranslation("sessions.in-space", spaceTitle)));
        }
        if (session.place() != null) {
            add(new Paragraph(getTranslation("sessions.place", session.place())));
        }
        String seats =
                getTranslation("sessions.seats", session.seatsLeft(), session.capacity(), session.waitingCount());
        if (session.myStatus() == RegistrationStatus.REGISTERED) {
            seats += " " + getTranslation("sessions.you-registered");
        } else if (session.myStatus() == RegistrationStatus.WAITING) {
            seats += " " + getTranslation("sessions.you-waiting", session.myWaitingPosition());
        }
        add(new Paragraph(seats));
        open = new RouterLink(getTranslation("sessions.open"), SessionView.class, SessionView.parameters(session.id()));
        add(open);
    }
}
