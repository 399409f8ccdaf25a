package org.passerelle.accounts;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.passerelle.accounts.domain.DataExport;
import org.passerelle.accounts.domain.DataExportRepository;
import org.passerelle.base.BackgroundWorker;
import org.passerelle.base.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the requested exports on its own thread, one at a time per node: claims a request under a row lock
 * ({@code FOR UPDATE SKIP LOCKED}, so two nodes never make the same one), asks each module's {@link PersonalData}
 * for its part, writes {@code <kind>.json} and the files into a ZIP under the data directory, bounded by size and
 * time ({@link PrivacyProperties}), and keeps it until its link expires. The sweep removes expired exports and takes
 * up those a stopped node left running.
 */
@Component
class MyDataJob {

    private static final Logger log = LoggerFactory.getLogger(MyDataJob.class);

    private final DataExportRepository exports;
    private final List<PersonalData> parts;
    private final PrivacyProperties properties;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path directory;
    private final BackgroundWorker worker = new BackgroundWorker("my-data", this::runLogged);

    MyDataJob(
            DataExportRepository exports,
            List<PersonalData> parts,
            PrivacyProperties properties,
            JsonMapper json,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${passerelle.data-dir:./data}") String dataDir) {
        this.exports = exports;
        this.parts =
                parts.stream().sorted(Comparator.comparing(PersonalData::kind)).toList();
        this.properties = properties;
        this.json = json;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.directory = Path.of(dataDir, "exports");
        Set<String> kinds = new HashSet<>();
        this.parts.forEach(part -> {
            if (!kinds.add(part.kind())) {
                throw new IllegalStateException("Two personal data parts named " + part.kind());
            }
        });
    }

    void wake() {
        worker.wake();
    }

    /** Waits until every run woken so far has ended (for tests). */
    boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        return worker.awaitIdle(timeout);
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    /** The kinds written, in order (for tests and the README). */
    List<String> kinds() {
        return parts.stream().map(PersonalData::kind).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        wake();
    }

    @Scheduled(
            initialDelayString = "${passerelle.accounts.export-sweep-interval:PT15M}",
            fixedDelayString = "${passerelle.accounts.export-sweep-interval:PT15M}")
    void sweep() {
        try {
            removeExpired();
            Instant stalledBefore =
                    clock.instant().minus(properties.exportMaxTime().multipliedBy(2));
            transaction.executeWithoutResult(status -> exports.stalled(stalledBefore)
                    .forEach(e -> e.failed("mydata.failure.interrupted", clock.instant(), expiry())));
        } catch (RuntimeException e) {
            log.warn("Expired exports could not be removed; the next sweep retries", e);
        }
        wake();
    }

    /** Removes the exports whose link has expired, file and row. */
    void removeExpired() {
        transaction.executeWithoutResult(status -> {
            for (DataExport export : exports.expired(clock.instant())) {
                delete(export.getFileName());
                exports.delete(export);
            }
        });
    }

    /** Removes every export of an erased person. */
    void removeAllOf(long accountId) {
        for (DataExport export : exports.findByAccountId(accountId)) {
            delete(export.getFileName());
            exports.delete(export);
        }
    }

    private void delete(String fileName) {
        if (fileName != null) {
            try {
                Files.deleteIfExists(file(fileName));
            } catch (IOException e) {
                log.warn("Export file {} could not be removed", fileName, e);
            }
        }
    }

    private void runLogged() {
        try {
            runPending();
        } catch (RuntimeException e) {
            log.warn("Personal data exports could not be made; the next sweep retries", e);
        }
    }

    /** Makes every requested export; returns how many were made (ready or failed). */
    int runPending() {
        int made = 0;
        Long id;
        while ((id = claim()) != null) {
            make(id);
            made++;
        }
        return made;
    }

    private Long claim() {
        return transaction.execute(status -> {
            List<Long> ids = jdbc.queryForList(
                    "select id from personal_data_export where state = 'REQUESTED' order by id"
                            + " fetch first 1 rows only for update skip locked",
                    Long.class);
            if (ids.isEmpty()) {
                return null;
            }
            exports.findById(ids.getFirst()).orElseThrow().started(clock.instant());
            return ids.getFirst();
        });
    }

    private void make(long id) {
        long accountId =
                transaction.execute(s -> exports.findById(id).orElseThrow().getAccountId());
        String name = id + "-" + UUID.randomUUID() + ".zip";
        Path target = file(name);
        Instant deadline = clock.instant().plus(properties.exportMaxTime());
        long max = properties.exportMaxSize().toBytes();
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Bounded counted = new Bounded(Files.newOutputStream(target), max);
            try (ZipOutputStream zip = new ZipOutputStream(counted)) {
                int done = 0;
                for (PersonalData part : parts) {
                    checkTime(deadline);
                    zip.putNextEntry(new ZipEntry(part.kind() + ".json"));
                    zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(part.export(accountId)));
                    zip.closeEntry();
                    for (PersonalData.PersonalFile file : part.files(accountId)) {
                        checkTime(deadline);
                        zip.putNextEntry(new ZipEntry("files/" + part.kind() + "/" + file.path()));
                        try (InputStream in = file.opener().open()) {
                            in.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                    int percent = Math.min(99, ++done * 100 / parts.size());
                    transaction.executeWithoutResult(s -> exports.findById(id).ifPresent(e -> e.progressed(percent)));
                }
            }
            long bytes = counted.written;
            log.info(
                    "Personal data export {} made in {} ms: {} bytes, {} parts",
                    id,
                    (System.nanoTime() - started) / 1_000_000,
                    bytes,
                    parts.size());
            transaction.executeWithoutResult(
                    s -> exports.findById(id).ifPresent(e -> e.ready(name, bytes, clock.instant(), expiry())));
        } catch (TooSlow | IOException | RuntimeException e) {
            String key = e instanceof TooLarge
                    ? "mydata.failure.too-large"
                    : e instanceof TooSlow ? "mydata.failure.too-slow" : "mydata.failure.error";
            if (!(e instanceof TooLarge) && !(e instanceof TooSlow)) {
                log.warn("Export {} failed", id, e);
            }
            delete(name);
            transaction.executeWithoutResult(
                    s -> exports.findById(id).ifPresent(export -> export.failed(key, clock.instant(), expiry())));
        }
    }

    private Instant expiry() {
        return clock.instant().plus(properties.exportValidFor());
    }

    private void checkTime(Instant deadline) throws TooSlow {
        if (clock.instant().isAfter(deadline)) {
            throw new TooSlow();
        }
    }

    private static final class TooLarge extends IOException {}

    private static final class TooSlow extends Exception {}

    /** Counts what is written and stops past the limit. */
    private static final class Bounded extends FilterOutputStream {
        private final long max;
        long written;

        Bounded(OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            out.write(b, off, len);
        }

        private void add(long bytes) throws TooLarge {
            written += bytes;
            if (written > max) {
                throw new TooLarge();
            }
        }
    }
}
