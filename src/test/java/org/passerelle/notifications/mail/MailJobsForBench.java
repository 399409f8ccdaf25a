package org.passerelle.notifications.mail;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** The mail jobs' internals for {@code bench.DigestBenchmark} (another package). */
public final class MailJobsForBench {

    private MailJobsForBench() {}

    /** Composes the daily digest of everyone with waiting notifications; returns the mails queued. */
    public static int composeDailyDigest(ApplicationContext context, Instant now) {
        return context.getBean(MailComposer.class).composeDigest(MailKind.DAILY, now);
    }

    /** Sends (or writes as files) every queued mail; returns the number sent. */
    public static int sendAll(ApplicationContext context) {
        MailDelivery delivery = context.getBean(MailDelivery.class);
        int total = 0;
        int sent;
        do {
            sent = delivery.sendDue();
            total += sent;
        } while (sent > 0);
        return total;
    }
}
