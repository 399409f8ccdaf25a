package org.passerelle.sessions.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Locale;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.sessions.SessionSummary;

/** How session times and Markdown texts are shown: always in Brussels time, Markdown rendered inert. */
final class SessionTexts {

    private SessionTexts() {}

    static String dateTime(Instant instant, Locale locale) {
        return Formats.fullDateTime(instant, locale);
    }

    static String time(Instant instant, Locale locale) {
        return Formats.time(instant, locale);
    }

    /** "Monday 3 May 2027 14:00 – 16:00 (Brussels time)" */
    static String when(Component in, Locale locale, SessionSummary session) {
        return in.getTranslation("sessions.when", dateTime(session.startsAt(), locale), time(session.endsAt(), locale));
    }

    /** Markdown as HTML in which nothing runs (the application's one renderer, see {@link MarkdownView}). */
    static MarkdownView markdown(String text) {
        return new MarkdownView(text);
    }
}
