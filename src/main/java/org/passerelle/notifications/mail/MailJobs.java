package org.passerelle.notifications.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The mail jobs of a node (off with {@code passerelle.mail.jobs=false}; the tests drive them by hand): at start,
 * rows abandoned in SENDING become UNCERTAIN; every {@code compose-interval} immediate notifications are put into
 * mails and due digests run; every {@code send-interval} queued mails are sent. No request ever waits for SMTP.
 * Every job is safe on several nodes sharing one database. The switch is read at run time, not as a condition:
 * the production start uses the context Spring prepared at build time, where conditions are fixed (README,
 * "Start-up").
 */
@Configuration
@EnableScheduling
class MailJobs {

    private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

    private final MailRounds rounds;
    private final boolean enabled;

    MailJobs(MailRounds rounds, @Value("${passerelle.mail.jobs:true}") boolean enabled) {
        this.rounds = rounds;
        this.enabled = enabled;
    }

    /** Whether this node runs the mail jobs ({@code passerelle.mail.jobs}). */
    boolean enabled() {
        return enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        guarded("start", rounds::recover);
    }

    @Scheduled(
            initialDelayString = "${passerelle.mail.compose-interval:PT30S}",
            fixedDelayString = "${passerelle.mail.compose-interval:PT30S}")
    void compose() {
        guarded("compose", rounds::compose);
    }

    @Scheduled(
            initialDelayString = "${passerelle.mail.send-interval:PT10S}",
            fixedDelayString = "${passerelle.mail.send-interval:PT10S}")
    void send() {
        guarded("send", rounds::send);
    }

    private void guarded(String what, Runnable job) {
        if (!enabled) {
            return;
        }
        try {
            job.run();
        } catch (RuntimeException failure) {
            log.warn("Mail job '{}' failed; the next round tries again", what, failure);
        }
    }
}
