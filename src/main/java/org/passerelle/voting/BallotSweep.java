package org.passerelle.voting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes ballots whose time has come and sends the 24-hour reminders: at start (for ballots whose time
 * passed while the application was down) and then every {@code passerelle.voting.sweep-interval}. Each
 * ballot is handled in its own transaction. Logs counts only, never who or what.
 */
@Configuration
@EnableScheduling
class BallotSweep {

    private static final Logger log = LoggerFactory.getLogger(BallotSweep.class);
    private final BallotCloser closer;

    BallotSweep(BallotCloser closer) {
        this.closer = closer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sweep();
    }

    @Scheduled(
            fixedDelayString = "${passerelle.voting.sweep-interval:PT30S}",
            initialDelayString = "${passerelle.voting.sweep-interval:PT30S}")
    void sweep() {
        int closed = 0;
        for (long id : closer.dueToClose()) {
            closed += attempt(id, () -> closer.closeIfDue(id));
        }
        int reminded = 0;
        for (long id : closer.dueForReminder()) {
            reminded += attempt(id, () -> closer.remindIfDue(id));
        }
        if (closed + reminded > 0) {
            log.info("Ballots closed at their time: {}; reminders due: {}", closed, reminded);
        }
    }

    /** One ballot's failure (e.g. a lock timeout) must not stop the others; the next sweep retries. */
    private static int attempt(long ballotId, java.util.function.BooleanSupplier work) {
        try {
            return work.getAsBoolean() ? 1 : 0;
        } catch (RuntimeException failure) {
            log.warn("Ballot {} not handled by the sweep, retried next time: {}", ballotId, failure.toString());
            return 0;
        }
    }
}
