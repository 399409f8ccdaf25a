package org.passerelle.notifications;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** Lets tests wait until the notifications of what they just did are written (the fan-out runs after the commit). */
public final class NotificationsProbe {

    private NotificationsProbe() {}

    public static void settle(ApplicationContext context) {
        try {
            if (!context.getBean(NotificationDispatcher.class).awaitIdle(Duration.ofSeconds(30))) {
                throw new AssertionError("Notifications were still being written after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
