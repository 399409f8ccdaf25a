package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.Application;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application stops between the commit of a change and its indexing, then starts again on the same database and
 * index: the change, queued in the database with it, is taken in at start, without a rebuild; an index built with
 * another mapping is rebuilt.
 */
class SearchRestartTest {

    @Test
    void aChangeCommittedButNotIndexedWhenTheApplicationStoppedIsIndexedAtTheNextStart() throws Exception {
        String database = "jdbc:h2:mem:passerelle-search-restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path index = Files.createTempDirectory("passerelle-search-restart");
        long spaceId;
        try (ConfigurableApplicationContext first = start(database, index)) {
            SearchProperties settings = first.getBean(SearchProperties.class);
            assertThat(settings.inMemory()).isFalse();
            assertThat(settings.indexDir()).isEqualTo(index);
            TestAccounts accounts = new TestAccounts(first);
            accounts.reset();
            accounts.signIn(TestAccounts.ADMIN);
            spaceId = first.getBean(SpaceService.class)
                    .create(new SpaceForm("Kivu water", null, "Springs of Bukavu", null, Stage.ENGAGE, AccessMode.OPEN))
                    .id();
            SearchProbe.settle(first);
            assertThat(find(first, accounts, "bukavu")).isEqualTo(1);
            // as if the node died right after this commit: the change and its queue row are in, the index is not
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            jdbc.update("update space set description_en = 'Springs of Uvira' where id = ?", spaceId);
            jdbc.update(
                    "insert into search_queue (kind, subject_id, queued_at) values ('SPACE', ?, ?)",
                    spaceId,
                    Timestamp.from(Instant.now()));
            assertThat(find(first, accounts, "uvira")).isZero();
        }

        try (ConfigurableApplicationContext second = start(database, index)) {
            TestAccounts accounts = new TestAccounts(second);
            SearchProbe.settle(second);
            assertThat(find(second, accounts, "uvira")).as("taken in at start").isEqualTo(1);
            assertThat(find(second, accounts, "bukavu"))
                    .as("the old words left")
                    .isZero();
            assertThat(second.getBean(SearchRebuild.class).lastRebuild())
                    .as("the index was kept: no rebuild")
                    .isNull();
            assertThat(second.getBean(JdbcTemplate.class)
                            .queryForObject("select count(*) from search_queue", Long.class))
                    .isZero();
        }

        // a mapping built by another version of the application: rebuilt at start
        Files.writeString(index.resolve("passerelle-mapping-version"), "0");
        try (ConfigurableApplicationContext third = start(database, index)) {
            TestAccounts accounts = new TestAccounts(third);
            SearchProbe.settle(third);
            assertThat(third.getBean(SearchRebuild.class).lastRebuild()).isNotNull();
            assertThat(find(third, accounts, "uvira")).isEqualTo(1);
        }
    }

    private static long find(ConfigurableApplicationContext context, TestAccounts accounts, String words) {
        accounts.signIn(TestAccounts.ADMIN);
        try {
            return context.getBean(SearchService.class)
                    .search(SearchRequest.of(words), Locale.ENGLISH)
                    .total();
        } finally {
            TestAccounts.signOut();
        }
    }

    private static ConfigurableApplicationContext start(String database, Path index) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database);
        properties.put("server.port", "0");
        properties.put("passerelle.accounts.demo-data", "false");
        properties.put("passerelle.accounts.bootstrap-admin-email", "");
        properties.put("passerelle.documents.storage-dir", "target/test-documents/search-restart");
        properties.put("passerelle.mail.file-dir", "target/test-mail/search-restart");
        properties.put("passerelle.mail.jobs", "false");
        properties.put("passerelle.search.in-memory", "false");
        properties.put("passerelle.search.index-dir", index.toString());
        properties.put("passerelle.search.sweep-interval", "PT1H");
        properties.put("logging.level.org.atmosphere", "warn");
        properties.put("vaadin.launch-browser", "false");
        // as arguments: they override the packaged application.properties (default properties would not)
        String[] arguments = properties.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).run(arguments);
    }
}
