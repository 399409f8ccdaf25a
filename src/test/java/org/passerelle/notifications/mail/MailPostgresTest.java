package org.passerelle.notifications.mail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.passerelle.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** The PostgreSQL test configuration of the mail tests (with {@link SmtpServerTest}: a real SMTP server). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresTest
@TestPropertySource(properties = "passerelle.mail.base-url=https://passerelle.example.org")
@interface MailPostgresTest {}
