package org.passerelle.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.passerelle.sessions.domain.ActionItem;
import org.passerelle.sessions.domain.ActionItemRepository;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.Registration;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.passerelle.sessions.domain.ReminderRecord;
import org.passerelle.sessions.domain.ReminderRepository;
import org.passerelle.sessions.domain.SessionRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises {@link SessionReminderDue} once for each person with a seat, when their session starts within
 * {@code passerelle.sessions.reminder-before} (24 hours by default), and {@code ActionItemDueSoon} once for each
 * open action item due within two days. Run by {@code ReminderJob}; a reminder
 * is recorded in the same transaction as it is raised, so it is raised once.
 */
@Service
public class SessionReminders {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    static final int ACTION_DUE_DAYS = 2;
    private final ReminderRepository reminders;
    private final ActionItemRepository actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration before;

    SessionReminders(
            SessionRepository sessions,
            RegistrationRepository registrations,
            ReminderRepository reminders,
            ActionItemRepository actions,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${passerelle.sessions.reminder-before:PT24H}") Duration before) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.reminders = reminders;
        this.actions = actions;
        this.events = events;
        this.clock = clock;
        this.before = before;
    }

    /** Raises the reminders that are due and not yet raised; returns how many. */
    @Transactional
    public int raiseDue() {
        Instant now = clock.instant();
        List<CoCreationSession> soon = sessions.findByStateAndStartsAtGreaterThanAndStartsAtLessThanEqual(
                SessionState.SCHEDULED, now, now.plus(before));
        int raised = 0;
        for (CoCreationSession session : soon) {
            for (Registration seat : registrations.findBySessionIdAndStatusOrderByRegisteredAtAscIdAsc(
                    session.getId(), RegistrationStatus.REGISTERED)) {
                if (reminders.existsById(seat.getId())) {
                    continue;
                }
                reminders.save(new ReminderRecord(seat.getId(), now));
                events.publishEvent(new SessionReminderDue(
                        session.getId(),
                        session.getSpaceId(),
                        seat.getAccountId(),
                        session.getTitle(),
                        session.getStartsAt()));
                raised++;
            }
        }
        reminders.flush();
        return raised + remindActionsDue(now);
    }

    /** Owners of open action items due within two days (office time) are reminded once. */
    private int remindActionsDue(Instant now) {
        java.time.LocalDate day =
                now.atZone(org.passerelle.base.TimeZones.OFFICE).toLocalDate().plusDays(ACTION_DUE_DAYS);
        int raised = 0;
        for (ActionItem item : actions.dueWithoutReminder(day)) {
            if (item.remindDue(now)) {
                CoCreationSession session =
                        sessions.findById(item.getSessionId()).orElse(null);
                events.publishEvent(new SessionEvents.ActionItemDueSoon(
                        item.getId(),
                        item.getSessionId(),
                        session == null ? null : session.getSpaceId(),
                        item.getOwnerId(),
                        item.getDueOn()));
                raised++;
            }
        }
        actions.flush();
        return raised;
    }
}
