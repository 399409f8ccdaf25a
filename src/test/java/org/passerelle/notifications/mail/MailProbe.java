package org.passerelle.notifications.mail;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Lets tests of other modules queue the immediate mails now, as the mail job would. */
public final class MailProbe {

    private MailProbe() {}

    public static int composeImmediate(ApplicationContext context) {
        return context.getBean(MailComposer.class).composeImmediate(Instant.now());
    }
}
