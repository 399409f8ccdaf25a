package org.passerelle.notifications.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * With no SMTP host configured (the embedded default): each mail is written as an {@code .eml} file (openable in
 * any mail program) under {@code passerelle.mail.file-dir}, so that a newcomer sees what would be sent.
 */
final class EmlFileTransport implements MailTransport {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final MailProperties properties;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    EmlFileTransport(MailProperties properties, Clock clock) {
        this.directory = properties.fileDir().toAbsolutePath().normalize();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String send(QueuedMail mail) throws Exception {
        Instant now = clock.instant();
        MimeMessage message = new MimeMessage(session);
        MimeMails.fill(message, mail, properties.from(), now);
        message.saveChanges();
        Files.createDirectories(directory);
        String name = STAMP.format(now) + "-" + mail.id() + ".eml";
        Path partial = directory.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }
}
