package org.passerelle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The test configuration on a real PostgreSQL: an embedded PostgreSQL 17 started once per test JVM, or
 * the server named by {@code PASSERELLE_TEST_POSTGRES_URL} (CI uses the machine's local server).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "passerelle.accounts.demo-data=false",
            "passerelle.documents.storage-dir=target/test-documents/postgres",
            // the mail jobs are driven by hand in the mail tests (none runs in the background of other tests)
            "passerelle.mail.jobs=false",
            // fan-outs follow each commit; the periodic sweep would only race with the tests' own
            "passerelle.notifications.sweep-interval=PT1H",
            // the index of each test context lives in memory, rebuilt at its start
            "passerelle.search.in-memory=true",
            "passerelle.search.sweep-interval=PT1H",
            "passerelle.mail.file-dir=target/test-mail/postgres",
            "passerelle.accounts.bootstrap-admin-email=",
            "vaadin.launch-browser=false"
        })
@ContextConfiguration(initializers = PostgresDatabase.Initializer.class)
@org.springframework.context.annotation.Import(QueryCounter.class)
public @interface PostgresTest {}
