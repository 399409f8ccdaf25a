package org.passerelle;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A PostgreSQL for tests: the embedded one, or an external server when configured. */
public final class PostgresDatabase {

    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {}

    /** The JDBC URL of a PostgreSQL database for tests (user {@code postgres}, no password). */
    public static synchronized String jdbcUrl() {
        String external = System.getenv("PASSERELLE_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return freshDatabaseOn(external);
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /** A new, empty database on the external server, so runs never see each other's data. */
    private static String freshDatabaseOn(String url) {
        String name = "passerelle_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + url, e);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = jdbcUrl();
            TestPropertyValues.of(
                            "spring.datasource.url=" + url,
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=")
                    .applyTo(context.getEnvironment());
        }
    }
}
