package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.passerelle.base.Bilingual;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.sessions.SessionCalendar;
import org.passerelle.sessions.SessionSummary;

/**
 * The top of a session's page: title and description in the reader's language (else the other one, marked),
 * where it is in time, when and where, the online link and "Add to my calendar".
 */
final class SessionHeader extends Div {

    final H2 title = new H2();
    final Span phase = new Span();
    final Paragraph when = new Paragraph();
    final Paragraph where = new Paragraph();
    final Anchor onlineLink = new Anchor();
    final CalendarLink calendar;
    final Div description = new Div();

    SessionHeader(SessionCalendar calendars) {
        calendar = new CalendarLink(calendars);
        addClassName("passerelle-session-header");
        phase.getElement().getThemeList().add("badge");
        onlineLink.setTarget(AnchorTarget.BLANK);
        onlineLink.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        add(title, phase, when, where, onlineLink, calendar, description);
    }

    void show(SessionSummary session, Locale reader) {
        Bilingual shownTitle = session.title(reader);
        OtherLanguage.mark(title, shownTitle).setText(shownTitle.text());
        calendar.show(session.id(), reader);
        when.setText(SessionTexts.when(this, reader, session));
        where.setText(session.place() == null ? "" : getTranslation("sessions.place", session.place()));
        where.setVisible(session.place() != null);
        onlineLink.setVisible(session.onlineLink() != null);
        if (session.onlineLink() != null) {
            onlineLink.setHref(session.onlineLink());
            onlineLink.setText(getTranslation("sessions.join-online"));
        }
        description.removeAll();
        Bilingual shownDescription = session.description(reader);
        description.add(SessionTexts.markdown(shownDescription.text()));
        OtherLanguage.mark(description, shownDescription);
    }
}
