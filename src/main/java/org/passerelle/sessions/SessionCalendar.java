package org.passerelle.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session as a calendar file ({@code .ics}) to add it to one's calendar, for those who may see the session
 * (else "not found", like its page): title and description in the reader's language, else the other one.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SessionCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    private final SessionService sessions;
    private final Clock clock;

    SessionCalendar(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The file name of the download (no characters of the title: it is user input). */
    public String fileName(long sessionId) {
        return "session-" + sessionId + ".ics";
    }

    public byte[] ics(long sessionId, Locale reader) {
        SessionSummary session = sessions.get(sessionId);
        String location = session.place() != null ? session.place() : session.onlineLink();
        return CalendarFile.event(
                        "session-" + session.id() + "@passerelle",
                        clock.instant(),
                        session.startsAt(),
                        session.endsAt(),
                        session.title(reader).text(),
                        session.description(reader).text(),
                        location,
                        session.onlineLink(),
                        session.state() == SessionState.CANCELLED)
                .getBytes(StandardCharsets.UTF_8);
    }
}
