package org.passerelle.sessions.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.passerelle.base.Translations;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionTimes;

/** How session times and Markdown texts are shown: always in Brussels time, Markdown rendered inert. */
final class SessionTexts {

    private SessionTexts() {}

    static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Translations.supported(locale))
                .format(SessionTimes.inBrussels(instant));
    }

    static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Translations.supported(locale))
                .format(SessionTimes.inBrussels(instant));
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
