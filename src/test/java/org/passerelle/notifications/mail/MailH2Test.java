package org.passerelle.notifications.mail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.passerelle.QueryCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The H2 test configuration of the mail tests (with {@link SmtpServerTest}: a real SMTP server); the mail jobs are run
 * by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:passerelle-mail-test;DB_CLOSE_DELAY=-1",
            "passerelle.accounts.demo-data=false",
            "passerelle.documents.storage-dir=target/test-documents/mail-h2",
            "passerelle.accounts.bootstrap-admin-email=",
            "logging.level.org.atmosphere=warn",
            "passerelle.mail.jobs=false",
            // fan-outs follow each commit; the periodic sweep would only race with the tests' own
            "passerelle.notifications.sweep-interval=PT1H",
            // the index of each test context lives in memory, rebuilt at its start
            "passerelle.search.in-memory=true",
            "passerelle.search.sweep-interval=PT1H",
            "passerelle.mail.base-url=https://passerelle.example.org",
            "passerelle.mail.file-dir=target/test-mail/mail-h2"
        })
@Import(QueryCounter.class)
@interface MailH2Test {}
