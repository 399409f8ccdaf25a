package org.passerelle.notifications.mail;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the mail jobs do ({@link MailJobs} schedules it), callable without the scheduler: tests run the rounds by
 * hand. Digests first, so that a daily run takes what the immediate round would otherwise throttle.
 */
@Component
class MailRounds {

    private static final Logger log = LoggerFactory.getLogger(MailRounds.class);

    private final MailComposer composer;
    private final MailDelivery delivery;
    private final DigestRuns digests;
    private final Clock clock;

    MailRounds(MailComposer composer, MailDelivery delivery, DigestRuns digests, Clock clock) {
        this.composer = composer;
        this.delivery = delivery;
        this.digests = digests;
        this.clock = clock;
    }

    void recover() {
        int uncertain = delivery.abandonStaleClaims();
        if (uncertain > 0) {
            log.warn("{} mail(s) were being sent when a node stopped: marked UNCERTAIN, not sent again", uncertain);
        }
    }

    void compose() {
        compose(clock.instant());
    }

    void compose(Instant now) {
        for (DigestRuns.Due due : digests.due(now)) {
            if (digests.start(due.key(), now)) {
                int mails = composer.composeDigest(due.kind(), now);
                digests.finish(due.key(), clock.instant(), mails);
                log.info("Digest {}: {} mail(s) queued", due.key(), mails);
            }
        }
        composer.composeImmediate(now);
    }

    void send() {
        recover();
        delivery.sendDue();
    }
}
