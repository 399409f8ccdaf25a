package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.domain.DataExport;
import org.passerelle.accounts.domain.DataExportRepository;
import org.passerelle.base.PersonalData;
import org.passerelle.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** "Download my data", on H2 and PostgreSQL: each kind's content, nobody else's choices, bounds, link expiry. */
abstract class MyDataExportContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MyDataExports exports;

    @Autowired
    MyDataJob job;

    @Autowired
    DataExportRepository repository;

    @Value("${passerelle.data-dir:./data}")
    String dataDir;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
    }

    @AfterEach
    void signOutAndRemoveTheFiles() throws IOException {
        TestAccounts.signOut();
        for (DataExport export : repository.findAll()) {
            if (export.getFileName() != null) {
                Files.deleteIfExists(job.file(export.getFileName()));
            }
        }
    }

    @Test
    void theZipHoldsEveryKindOfThePersonsDataAndNoOneElsesChoices() throws Exception {
        LifeOfAPerson life = new LifeOfAPerson(context, accounts);
        accounts.signIn(LifeOfAPerson.PERSON);
        MyDataStatus asked = exports.request();
        assertThat(asked.inProgress()).isTrue();
        assertThat(exports.request().id())
                .as("asked twice while it runs: the same export")
                .isEqualTo(asked.id());
        assertThat(job.awaitIdle(Duration.ofSeconds(60))).isTrue();
        MyDataStatus done = exports.mine().orElseThrow();
        assertThat(done.ready()).isTrue();
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        Map<String, String> zip = unzip(exports.open(done.id()));
        assertThat(zip.keySet())
                .contains(
                        "account.json",
                        "profile.json",
                        "space-memberships.json",
                        "association-memberships.json",
                        "proposals.json",
                        "messages.json",
                        "session-registrations.json",
                        "votes.json",
                        "notification-settings.json",
                        "documents.json")
                .anyMatch(name -> name.startsWith("files/documents/") && name.endsWith("-budget.txt"));
        assertThat(zip.keySet().stream().filter(n -> n.endsWith(".json")).toList())
                .as("one file per module part")
                .hasSameSizeAs(context.getBeansOfType(PersonalData.class).values());
        assertThat(zip.get("account.json"))
                .contains(LifeOfAPerson.EMAIL, LifeOfAPerson.NAME)
                .doesNotContain("bcrypt");
        assertThat(zip.get("profile.json")).contains(LifeOfAPerson.PHONE, "Nursing", "RW");
        assertThat(zip.get("space-memberships.json")).contains("Rwanda — health", "BOARD_MEMBER");
        assertThat(zip.get("association-memberships.json")).contains("Ubumwe Bruxelles", "ACTIVE");
        assertThat(zip.get("proposals.json")).contains("Water points", "No power at night");
        assertThat(zip.get("messages.json"))
                .contains("Who has figures on Huye?")
                .doesNotContain("I do, @");
        assertThat(zip.get("session-registrations.json")).contains("Health roadmap", "REGISTERED");
        assertThat(zip.get("notification-settings.json")).contains("MY_PROPOSALS", "WEEKLY");
        assertThat(zip.get("documents.json")).contains("budget.txt");
        assertThat(zip.values()).anyMatch(text -> text.equals("Budget lines: 12 water points"));

        // votes: their own choice in the open ballot only; never BOARD's, never the closed ballot's
        Map<?, ?> votes = new JsonMapper().readValue(zip.get("votes.json"), Map.class);
        List<?> open = (List<?>) votes.get("votesInOpenBallots");
        assertThat(open).hasSize(1);
        assertThat(((Map<?, ?>) open.getFirst()).get("ballot_id")).isEqualTo((int) life.openBallotId);
        assertThat(((Map<?, ?>) open.getFirst()).get("choice")).isEqualTo("YES");
        assertThat(zip.get("votes.json"))
                .doesNotContain(LifeOfAPerson.BOARD_REASON)
                .doesNotContain("\"NO\"");
        assertThat(zip.values()).noneMatch(text -> text.contains(LifeOfAPerson.BOARD_REASON));
    }

    @Test
    void theLinkIsThePersonsOnlyAndExpiresWithItsFile() throws Exception {
        accounts.signIn(TestAccounts.MEMBER);
        long id = exports.request().id();
        assertThat(job.awaitIdle(Duration.ofSeconds(60))).isTrue();
        DataExport export = repository.findById(id).orElseThrow();
        assertThat(export.getState()).isEqualTo(DataExport.READY);
        assertThat(Files.exists(job.file(export.getFileName()))).isTrue();
        exports.open(id).close();

        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> exports.open(id))
                .isInstanceOf(UserFacingException.class)
                .extracting("messageKey")
                .isEqualTo("mydata.error.not-found");
        assertThat(exports.mine()).isEmpty();
        TestAccounts.signOut();
        assertThatThrownBy(() -> exports.open(id))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);

        jdbc.update(
                "update personal_data_export set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                id);
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> exports.open(id)).extracting("messageKey").isEqualTo("mydata.error.expired");
        assertThat(exports.mine()).isEmpty();
        job.removeExpired();
        assertThat(repository.findById(id)).isEmpty();
        assertThat(Files.exists(job.file(export.getFileName())))
                .as("the file is removed too")
                .isFalse();
    }

    @Test
    void anExportPastItsSizeLimitFailsWithAMessageAndLeavesNoFile() {
        MyDataJob tiny = new MyDataJob(
                repository,
                List.copyOf(context.getBeansOfType(PersonalData.class).values()),
                new PrivacyProperties(
                        Duration.ofHours(24),
                        DataSize.ofBytes(600),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(15),
                        null,
                        Duration.ofDays(1)),
                context.getBean(JsonMapper.class),
                jdbc,
                context.getBean(PlatformTransactionManager.class),
                context.getBean(Clock.class),
                dataDir);
        long member = accounts.idOf(TestAccounts.MEMBER);
        long id = repository.saveAndFlush(new DataExport(member, Instant.now())).getId();
        List<String> filesBefore = exportFiles();
        assertThat(tiny.runPending()).isOne();
        DataExport failed = repository.findById(id).orElseThrow();
        assertThat(failed.getState()).isEqualTo(DataExport.FAILED);
        assertThat(failed.getFailureKey()).isEqualTo("mydata.failure.too-large");
        assertThat(failed.getFileName()).isNull();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(exports.mine().orElseThrow().failureKey()).isEqualTo("mydata.failure.too-large");
        assertThat(exportFiles()).as("nothing left on disk").containsExactlyInAnyOrderElementsOf(filesBefore);
    }

    private List<String> exportFiles() {
        java.nio.file.Path directory = job.file("x").getParent();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> unzip(InputStream in) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
