package org.passerelle.notifications.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends queued mails, never in a person's request: the scheduled job ({@link MailJobs}) calls it. Each mail is
 * claimed and committed as SENDING first, then handed to the transport, then committed as SENT; a failure
 * that may pass is retried later with a doubling delay, a refused address is not retried. When the server
 * fails, the rest of the round is given back untried, so that a dead or slow server costs one timeout per
 * round, not one per mail.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int CLAIM = 10;

    private final MailQueue queue;
    private final MailProperties properties;
    private final Clock clock;
    private final MailTransport transport;

    MailDelivery(MailQueue queue, ObjectProvider<JavaMailSender> smtp, MailProperties properties, Clock clock) {
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
        JavaMailSender sender = smtp.getIfAvailable();
        // the postgres profile sets spring.mail.host from an environment variable that may be empty
        boolean noHost = sender instanceof JavaMailSenderImpl impl
                && (impl.getHost() == null || impl.getHost().isBlank());
        this.transport = sender == null || noHost
                ? new EmlFileTransport(properties, clock)
                : new SmtpTransport(sender, properties, clock);
    }

    /** Whether mails go to files (no {@code spring.mail.host}). */
    boolean writesFiles() {
        return transport instanceof EmlFileTransport;
    }

    /** Sends what is due, up to one batch; returns the number of mails sent. */
    int sendDue() {
        int sent = 0;
        int budget = properties.batchSize();
        while (budget > 0) {
            List<QueuedMail> claimed = queue.claim(Math.min(CLAIM, budget), clock.instant());
            if (claimed.isEmpty()) {
                break;
            }
            budget -= claimed.size();
            List<Long> untried =
                    new ArrayList<>(claimed.stream().map(QueuedMail::id).toList());
            for (QueuedMail mail : claimed) {
                untried.remove(mail.id());
                if (!deliver(mail)) {
                    queue.release(untried);
                    return sent;
                }
                sent++;
            }
        }
        return sent;
    }

    /** Marks the rows abandoned by a stopped node UNCERTAIN (at start and at each round). */
    int abandonStaleClaims() {
        return queue.abandonStaleClaims(clock.instant(), properties.claimTimeout());
    }

    /** False when the server failed (the round stops); true when the mail was sent or its address refused. */
    private boolean deliver(QueuedMail mail) {
        try {
            String file = transport.send(mail);
            queue.sent(mail.id(), clock.instant(), file);
            return true;
        } catch (MailTransport.InvalidAddressException invalid) {
            log.info("Mail {} not sent: the address is invalid", mail.id());
            queue.invalidAddress(mail.id(), invalid.getMessage());
            return true;
        } catch (Exception failure) {
            log.warn(
                    "Mail {} not sent (attempt {}), retried later: {}", mail.id(), mail.attempts(), failure.toString());
            queue.failed(mail, failure.toString(), clock.instant(), properties.maxAttempts(), properties.retryDelay());
            return false;
        }
    }
}
