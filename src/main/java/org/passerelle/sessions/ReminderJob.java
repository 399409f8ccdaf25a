package org.passerelle.sessions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Checks for due session reminders every {@code passerelle.sessions.reminder-check} (5 minutes by default). */
@Configuration
@EnableScheduling
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private final SessionReminders reminders;

    ReminderJob(SessionReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            initialDelayString = "${passerelle.sessions.reminder-check:PT5M}",
            fixedDelayString = "${passerelle.sessions.reminder-check:PT5M}")
    void run() {
        try {
            int raised = reminders.raiseDue();
            if (raised > 0) {
                log.info("Raised {} session reminder(s)", raised);
            }
        } catch (RuntimeException e) {
            log.warn("Session reminders failed; next check retries", e);
        }
    }
}
