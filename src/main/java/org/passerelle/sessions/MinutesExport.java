package org.passerelle.sessions;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a session as one Markdown document (to download): when and where, the agenda, attendance,
 * the minutes and the action items. Built for one reader: what they may not see is not in it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MinutesExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final SessionService sessions;
    private final RegistrationService registrations;
    private final SessionRecordService followUp;

    MinutesExport(SessionService sessions, RegistrationService registrations, SessionRecordService followUp) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.followUp = followUp;
    }

    /** A file name for the download, from the session's start (no characters of the title: it is user input). */
    public String fileName(SessionSummary session) {
        return "session-" + session.id() + "-"
                + SessionTimes.local(session.startsAt()).toLocalDate() + "-minutes.md";
    }

    public String markdown(long sessionId) {
        SessionSummary session = sessions.get(sessionId);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(oneLine(session.title())).append("\n\n");
        out.append("- When: ")
                .append(WHEN.format(SessionTimes.inBrussels(session.startsAt())))
                .append(" – ")
                .append(WHEN.format(SessionTimes.inBrussels(session.endsAt())))
                .append(" (Europe/Brussels)\n");
        if (session.place() != null) {
            out.append("- Place: ").append(oneLine(session.place())).append('\n');
        }
        if (session.onlineLink() != null) {
            out.append("- Online: <").append(session.onlineLink()).append(">\n");
        }
        if (session.state() == SessionState.CANCELLED) {
            out.append("- Cancelled");
            if (session.cancelReason() != null) {
                out.append(": ").append(oneLine(session.cancelReason()));
            }
            out.append('\n');
        }
        if (!session.agenda().isEmpty()) {
            out.append("\n## Agenda\n\n");
            int number = 1;
            for (AgendaLine line : session.agenda()) {
                out.append(number++).append(". ").append(oneLine(line.title()));
                out.append(" (").append(line.durationMinutes()).append(" min)");
                if (line.proposalTitle() != null) {
                    out.append(" — proposal: ").append(oneLine(line.proposalTitle()));
                }
                out.append('\n');
            }
        }
        if (session.mayFacilitate()) {
            List<Registrant> present = registrations.registrants(sessionId).stream()
                    .filter(r -> Boolean.TRUE.equals(r.attended()))
                    .toList();
            if (!present.isEmpty()) {
                out.append("\n## Attendance\n\n");
                present.forEach(
                        r -> out.append("- ").append(oneLine(r.displayName())).append('\n'));
            }
        }
        out.append("\n## Minutes\n\n");
        out.append(session.minutes() == null ? "_No minutes recorded._" : session.minutes())
                .append('\n');
        List<ActionItemView> actions = followUp.actions(sessionId);
        if (!actions.isEmpty()) {
            out.append("\n## Action items\n\n");
            for (ActionItemView action : actions) {
                out.append("- [")
                        .append(action.status() == ActionStatus.DONE ? 'x' : ' ')
                        .append("] ")
                        .append(oneLine(action.title()))
                        .append(" — ")
                        .append(oneLine(action.ownerName()))
                        .append(", due ")
                        .append(action.dueOn())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
