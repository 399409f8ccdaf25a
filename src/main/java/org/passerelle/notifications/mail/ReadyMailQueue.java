package org.passerelle.notifications.mail;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.passerelle.notifications.NotificationCategory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@link org.passerelle.notifications.ReadyMails} (the module's public door for ready mails) needs of the mail
 * package: the queue, the unsubscribe links and their signing key, the public address.
 */
@Component
public class ReadyMailQueue {

    private static final int SUBJECT_MAX = 500;

    private final MailQueue queue;
    private final MailWriter writer;
    private final UnsubscribeTokens tokens;
    private final MailProperties properties;
    private final Clock clock;

    ReadyMailQueue(
            MailQueue queue, MailWriter writer, UnsubscribeTokens tokens, MailProperties properties, Clock clock) {
        this.queue = queue;
        this.writer = writer;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long add(Long accountId, String to, String subject, String text, String html, String listUnsubscribe) {
        String oneLine = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        String cut = oneLine.length() <= SUBJECT_MAX ? oneLine : oneLine.substring(0, SUBJECT_MAX - 1) + "…";
        return queue.add(
                accountId, to, MailKind.READY, new RenderedMail(cut, text, html, listUnsubscribe), clock.instant());
    }

    public String unsubscribeLink(long accountId, NotificationCategory category) {
        return writer.unsubscribeLink(accountId, Set.of(category));
    }

    public String link(String path) {
        return properties.link(path);
    }

    public String sign(String purpose, String value) {
        return tokens.signValue(purpose, value);
    }

    public Optional<String> read(String purpose, String token) {
        return Optional.ofNullable(tokens.readValue(purpose, token));
    }
}
