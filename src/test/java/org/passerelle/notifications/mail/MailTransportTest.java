package org.passerelle.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.MailSendException;

/** The two transports' own rules: the .eml files, and which SMTP failures mean "never retry". */
class MailTransportTest {

    @TempDir
    Path directory;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T06:00:00Z"), ZoneOffset.UTC);

    private MailProperties properties() {
        return new MailProperties(null, null, directory, null, null, null, 0, 0, null, null, 0, null, null, null, null);
    }

    private static QueuedMail mail(String to) {
        return new QueuedMail(
                42,
                7,
                to,
                MailKind.IMMEDIATE,
                "[Passerelle] Réunion déplacée",
                "Bonjour,\n\nhttps://x/sessions/3",
                "<p>Bonjour</p>",
                "<https://x/mail/unsubscribe?token=abc>",
                MailState.SENDING,
                1,
                null,
                null,
                null,
                null);
    }

    @Test
    void withoutAnSmtpHostEachMailIsAnEmlFileAnyMailProgramOpens() throws Exception {
        String name = new EmlFileTransport(properties(), clock).send(mail("member@test.example"));
        assertThat(name).isEqualTo("20261203-060000-42.eml");
        assertThat(Files.list(directory)).containsExactly(directory.resolve(name));
        try (InputStream in = Files.newInputStream(directory.resolve(name))) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("[Passerelle] Réunion déplacée");
            assertThat(read.getAllRecipients()[0].toString()).isEqualTo("member@test.example");
            assertThat(read.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(read.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
            assertThat(Mails.part(read, "text/plain")).contains("https://x/sessions/3");
            assertThat(Mails.part(read, "text/html")).contains("<p>Bonjour</p>");
        }
    }

    @Test
    void anUnparseableAddressIsInvalidNotAFailureToRetry() {
        assertThatThrownBy(() -> new EmlFileTransport(properties(), clock).send(mail("not an address")))
                .isInstanceOf(MailTransport.InvalidAddressException.class);
    }

    @Test
    void onlyAPermanentRefusalOfTheRecipientMeansNeverRetry() throws Exception {
        InternetAddress to = new InternetAddress("gone@test.example");
        var permanent = new SMTPAddressFailedException(to, "RCPT TO", 550, "550 5.1.1 No such user");
        var temporary = new SMTPAddressFailedException(to, "RCPT TO", 450, "450 4.2.0 Mailbox busy");
        assertThat(SmtpTransport.recipientRefusedForGood(
                        new MailSendException("failed", new SendFailedException("Invalid Addresses", permanent))))
                .isTrue();
        assertThat(SmtpTransport.recipientRefusedForGood(
                        new MailSendException("failed", new SendFailedException("Invalid Addresses", temporary))))
                .isFalse();
        assertThat(SmtpTransport.recipientRefusedForGood(
                        new MailSendException("down", new MessagingException("Couldn't connect to host"))))
                .isFalse();
    }
}
