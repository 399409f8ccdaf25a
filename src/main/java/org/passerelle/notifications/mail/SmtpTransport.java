package org.passerelle.notifications.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}, timeouts included). */
final class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final MailProperties properties;
    private final Clock clock;

    SmtpTransport(JavaMailSender sender, MailProperties properties, Clock clock) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String send(QueuedMail mail) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMails.fill(message, mail, properties.from(), clock.instant());
        try {
            sender.send(message);
        } catch (org.springframework.mail.MailException failure) {
            if (recipientRefusedForGood(failure)) {
                throw new InvalidAddressException("recipient refused: " + failure.getMessage(), failure);
            }
            throw failure;
        }
        return null;
    }

    /** A 5xx reply to RCPT TO: the server will never take this address (a 4xx one may pass). */
    static boolean recipientRefusedForGood(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (returnCode(next) >= 500) {
                return true;
            }
            if (next instanceof org.springframework.mail.MailSendException send) {
                pending.addAll(send.getFailedMessages().values());
            }
            if (next instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
                pending.add(messaging.getNextException());
            }
            if (next instanceof SendFailedException sendFailed && sendFailed.getNextException() != null) {
                pending.add(sendFailed.getNextException());
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
        }
        return false;
    }

    /**
     * The SMTP reply code of Angus Mail's {@code SMTPAddressFailedException} (a refused RCPT TO), read by name: the
     * provider is a runtime dependency only. -1 for any other failure.
     */
    static int returnCode(Throwable failure) {
        if (!(failure instanceof SendFailedException)
                || !failure.getClass().getSimpleName().equals("SMTPAddressFailedException")) {
            return -1;
        }
        try {
            return (int) failure.getClass().getMethod("getReturnCode").invoke(failure);
        } catch (ReflectiveOperationException | ClassCastException unexpected) {
            return -1;
        }
    }
}
