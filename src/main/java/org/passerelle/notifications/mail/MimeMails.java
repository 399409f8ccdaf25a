package org.passerelle.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Turns a queued mail into a MIME message: plain text and HTML alternatives, UTF-8, unsubscribe headers. */
final class MimeMails {

    private MimeMails() {}

    static void fill(MimeMessage message, QueuedMail mail, String from, Instant now)
            throws MessagingException, MailTransport.InvalidAddressException {
        InternetAddress to;
        try {
            to = new InternetAddress(mail.to(), true);
        } catch (AddressException invalid) {
            throw new MailTransport.InvalidAddressException("invalid address: " + invalid.getMessage(), invalid);
        }
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(from, true));
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        helper.setSentDate(Date.from(now));
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.listUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", mail.listUnsubscribe());
            // RFC 8058: mail clients may unsubscribe with one POST, without opening a page
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }
}
