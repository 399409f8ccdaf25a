package org.passerelle.notifications.mail;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the tests whose context sends to the in-JVM SMTP server ({@link SmtpServer}). */
abstract class SmtpServerTest {

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        SmtpServer.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SmtpServer::port);
    }
}
