package org.passerelle.notifications.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The mail jobs of a node (off with {@code passerelle.mail.jobs=false}; the tests drive them by hand): at start,
 * rows abandoned in SENDING become UNCERTAIN; every {@code compose-interval} immediate notifications are put into
 * mails and due digests run; every {@code send-interval} queued mails are sent. No request ever waits for SMTP.
 * Every job is safe on several nodes sharing one database.
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = "passerelle.mail.jobs", matchIfMissing = true)
class MailJobs {

    private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

    private final MailRounds rounds;

    MailJobs(MailRounds rounds) {
        this.rounds = rounds;
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

    private static void guarded(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException failure) {
            log.warn("Mail job '{}' failed; the next round tries again", what, failure);
        }
    }
}
