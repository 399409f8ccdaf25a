package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.passerelle.sessions.SessionCalendar;

/** "Add to my calendar": the session as an {@code .ics} file, built for the reader when they click. */
final class CalendarLink extends Anchor {

    private final SessionCalendar calendars;

    CalendarLink(SessionCalendar calendars) {
        this.calendars = calendars;
        setText(getTranslation("sessions.add-to-calendar"));
    }

    void show(long sessionId, Locale reader) {
        setHref(
                DownloadHandler.fromInputStream(download -> {
                    byte[] file = calendars.ics(sessionId, reader);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file),
                            calendars.fileName(sessionId),
                            SessionCalendar.MEDIA_TYPE,
                            file.length);
                }),
                AttachmentType.DOWNLOAD);
    }
}
