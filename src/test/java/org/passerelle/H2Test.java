package org.passerelle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one test configuration on H2 (in memory, the same Flyway migrations), with a real web server so
 * that HTTP tests and Karibu tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:passerelle-test;DB_CLOSE_DELAY=-1",
            "passerelle.accounts.demo-data=false",
            "passerelle.documents.storage-dir=target/test-documents/h2",
            // the mail jobs are driven by hand in the mail tests (none runs in the background of other tests)
            "passerelle.mail.jobs=false",
            // fan-outs follow each commit; the periodic sweep would only race with the tests' own
            "passerelle.notifications.sweep-interval=PT1H",
            // the index of each test context lives in memory, rebuilt at its start
            "passerelle.search.in-memory=true",
            "passerelle.search.sweep-interval=PT1H",
            "passerelle.mail.file-dir=target/test-mail/h2",
            "passerelle.accounts.bootstrap-admin-email=",
            "logging.level.org.atmosphere=warn",
            // as in production behind a TLS proxy (config/application-postgres.properties): tests can mark
            // a request secure with X-Forwarded-Proto from the loopback address
            "server.forward-headers-strategy=native"
        })
@org.springframework.context.annotation.Import(QueryCounter.class)
public @interface H2Test {}
