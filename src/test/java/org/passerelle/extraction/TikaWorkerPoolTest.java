package org.passerelle.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Isolation: real worker JVMs, fed Tika's MockParser documents that hang, allocate without bound or exit, and
 * Tika's hostile test documents. Each bad file fails with its reason and costs only its worker; the next file is
 * extracted by a fresh worker; meanwhile another worker keeps serving.
 */
class TikaWorkerPoolTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static TikaWorkerPool pool;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startPool() {
        pool = new TikaWorkerPool(properties(2, 100, DataSize.ofMegabytes(50)), new TikaTypeDetection(() -> {}));
    }

    @AfterAll
    static void stopPool() {
        pool.close();
    }

    static ExtractionProperties properties(int workers, int maxFilesPerWorker, DataSize maxFileSize) {
        return properties(TIMEOUT, workers, maxFilesPerWorker, maxFileSize, "tesseract", 20);
    }

    static ExtractionProperties properties(
            Duration timeout,
            int workers,
            int maxFilesPerWorker,
            DataSize maxFileSize,
            String ocrCommand,
            int ocrMaxPages) {
        return new ExtractionProperties(
                timeout,
                DataSize.ofMegabytes(256),
                workers,
                5_000_000,
                3,
                100,
                maxFileSize,
                maxFilesPerWorker,
                Duration.ofSeconds(60),
                false,
                List.of(),
                true,
                "eng+fra",
                ocrCommand,
                ocrMaxPages,
                Duration.ofSeconds(20),
                300,
                20_000_000);
    }

    private static void assertAWorkerStillExtracts() {
        Path copy;
        try {
            copy = TestDocuments.tika("testPDF.pdf", Files.createTempDirectory(folder, "pdf")); // callers run at once
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ExtractionResult next = pool.extract(copy, "testPDF.pdf");
        assertThat(next.outcome()).isEqualTo(Outcome.DONE);
        assertThat(next.text()).contains("Apache Tika");
    }

    private static final List<String> STATUTES = List.of(
            "Statuts de l'association des Rwandais de Lyon",
            "Article 1. Les associations de la diaspora",
            "se réunissent chaque année en assemblée générale.");

    @Test
    void scansAreReadByOcrInTheWorkerAndTheLanguagesCrossTheWire() throws IOException {
        TestDocuments.requireTesseract();
        Path scan = TestDocuments.scannedPdf(
                Files.createTempDirectory(folder, "ocr"),
                "scan.pdf",
                List.of(TestDocuments.FRENCH + " " + TestDocuments.FRENCH, TestDocuments.photoOfText(STATUTES)));
        ExtractionResult result = pool.extract(scan, "scan.pdf");
        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(result.source()).isEqualTo(TextSource.MIXED);
        assertThat(result.text().split("\f", -1)[1]).contains("diaspora");
        assertThat(result.languageSpans()).isNotEmpty();
        assertThat(result.language()).isEqualTo("fr");
        assertThat(result.reasonKey()).isNull();

        Path bilingual = TestDocuments.pdf(
                Files.createTempDirectory(folder, "bi"),
                "bilingue.pdf",
                "Bilingue",
                List.of(
                        TestDocuments.FRENCH + " " + TestDocuments.FRENCH,
                        TestDocuments.ENGLISH + " " + TestDocuments.ENGLISH));
        assertThat(pool.extract(bilingual, "bilingue.pdf").languageShares())
                .extracting(LanguageShare::language)
                .containsExactly("fr", "en");
    }

    @Test
    void withoutTesseractAPhotoIsEmptyBecauseOcrIsNotInstalled() throws IOException {
        Path photo = TestDocuments.imageOfText(Files.createTempDirectory(folder, "photo"), "photo.png", STATUTES);
        try (TikaWorkerPool noOcr = new TikaWorkerPool(
                properties(TIMEOUT, 1, 100, DataSize.ofMegabytes(50), "/nonexistent/tesseract", 20),
                new TikaTypeDetection(() -> {}))) {
            ExtractionResult result = noOcr.extract(photo, "photo.png");
            assertThat(result.outcome()).isEqualTo(Outcome.EMPTY);
            assertThat(result.reasonKey()).isEqualTo(NoTextReason.OCR_NOT_INSTALLED.key());
            assertThat(result.mediaType()).isEqualTo("image/png");
        }
    }

    @Test
    void aLongScanStopsAtTheOcrBudgetAndIsAnsweredBeforeTheTimeoutWithoutKillingTheWorker() throws IOException {
        TestDocuments.requireTesseract();
        // 20 scanned pages take longer than the budget (three quarters of 6 s): the worker answers with the pages
        // it read, marked truncated, before the application's timeout would kill it
        Duration timeout = Duration.ofSeconds(6);
        List<Object> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(TestDocuments.photoOfText(STATUTES));
        }
        Path scan = TestDocuments.scannedPdf(Files.createTempDirectory(folder, "long"), "long.pdf", pages);
        try (TikaWorkerPool hurried = new TikaWorkerPool(
                properties(timeout, 1, 100, DataSize.ofMegabytes(50), "tesseract", 50),
                new TikaTypeDetection(() -> {}))) {
            hurried.warmUp();
            assertThat(hurried.extract(
                                    TestDocuments.tika("testRTF.rtf", Files.createTempDirectory(folder, "rtf")),
                                    "a.rtf")
                            .outcome())
                    .isEqualTo(Outcome.DONE); // the worker is up: the scan's time is its own
            long start = System.nanoTime();
            ExtractionResult result = hurried.extract(scan, "long.pdf");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.outcome()).as(result.reasonKey()).isEqualTo(Outcome.DONE);
            assertThat(result.truncated()).isTrue();
            assertThat(result.text()).contains("diaspora");
            long readPages = java.util.Arrays.stream(result.text().split("\f", -1))
                    .filter(page -> page.contains("diaspora"))
                    .count();
            assertThat(readPages).isBetween(1L, 19L);
            assertThat(took).isLessThan(timeout);
        }
    }

    @Test
    void aParserThatNeverReturnsIsStoppedAtTheTimeoutAndOnlyItsWorkerDies() throws IOException {
        Path hang = TestDocuments.mock(
                folder, "hang.xml", "<hang millis=\"3600000\" heavy=\"false\" interruptible=\"false\"/>");
        long start = System.nanoTime();
        ExtractionResult result = pool.extract(hang, "hang.xml");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.reasonKey()).isEqualTo("extraction.failure.too-slow");
        assertThat(result.mediaType()).isEqualTo("application/mock+xml");
        assertThat(took).isBetween(TIMEOUT, TIMEOUT.plusSeconds(10));
        assertAWorkerStillExtracts();
    }

    @Test
    void aParserThatAllocatesWithoutBoundRunsOnlyItsWorkerOutOfMemory() throws IOException {
        Path oom = TestDocuments.mock(folder, "oom.xml", "<write element=\"p\">before</write><oom/>");
        Runtime runtime = Runtime.getRuntime();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();

        ExtractionResult result = pool.extract(oom, "oom.xml");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.reasonKey()).isEqualTo("extraction.failure.crashed");
        long usedAfter = runtime.totalMemory() - runtime.freeMemory();
        assertThat(usedAfter - usedBefore)
                .as("the test JVM's heap did not grow")
                .isLessThan(100L << 20);
        assertAWorkerStillExtracts();
    }

    @Test
    void aParserThatExitsTheJvmExitsOnlyItsWorker() throws IOException {
        Path exit = TestDocuments.mock(folder, "exit.xml", "<system_exit/>");
        ExtractionResult result = pool.extract(exit, "exit.xml");
        assertThat(result.reasonKey()).isEqualTo("extraction.failure.crashed");
        assertAWorkerStillExtracts();
    }

    @Test
    void whileOneWorkerHangsAnotherKeepsExtracting() throws IOException {
        Path hang = TestDocuments.mock(
                folder, "hang2.xml", "<hang millis=\"3600000\" heavy=\"false\" interruptible=\"false\"/>");
        // both workers running and warm
        CompletableFuture<Void> other = CompletableFuture.runAsync(TikaWorkerPoolTest::assertAWorkerStillExtracts);
        assertAWorkerStillExtracts();
        other.join();

        CompletableFuture<ExtractionResult> hanging = CompletableFuture.supplyAsync(() -> pool.extract(hang, null));
        Thread.yield();
        long start = System.nanoTime();
        assertAWorkerStillExtracts();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
        assertThat(hanging)
                .as("still hanging while the other file was extracted")
                .isNotDone();
        assertThat(hanging.join().reasonKey()).isEqualTo("extraction.failure.too-slow");
    }

    @Test
    void tikasHostileDocumentsFailWithTheirReason() throws IOException {
        assertThat(pool.extract(TestDocuments.tika("testWORD_protected_passtika.docx", folder), "a.docx")
                        .reasonKey())
                .isEqualTo("extraction.failure.encrypted");
        assertThat(pool.extract(TestDocuments.tika("testEXCEL_protected_passtika.xls", folder), "b.xls")
                        .reasonKey())
                .isEqualTo("extraction.failure.encrypted");
        assertThat(pool.extract(TestDocuments.tika("testWORD_truncated.docx", folder), "c.docx")
                        .reasonKey())
                .isEqualTo("extraction.failure.damaged");

        ExtractionResult recursive = pool.extract(TestDocuments.tika("test_recursive_embedded.doc", folder), "d.doc");
        assertThat(recursive.outcome()).isEqualTo(Outcome.DONE);
        assertThat(recursive.truncated()).isTrue();

        ExtractionResult corruptZip = pool.extract(TestDocuments.tika("testZIP_corrupted_oom.zip", folder), "e.zip");
        assertThat(corruptZip.reasonKey()).isNotEqualTo("extraction.failure.crashed");
    }

    @Test
    void emptyAndOversizedFilesAreRefusedWithoutAWorker() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.pdf"));
        assertThat(pool.extract(empty, "empty.pdf").reasonKey()).isEqualTo("extraction.failure.damaged");

        try (TikaWorkerPool tiny =
                new TikaWorkerPool(properties(1, 100, DataSize.ofKilobytes(10)), new TikaTypeDetection(() -> {}))) {
            ExtractionResult large = tiny.extract(TestDocuments.tika("testPDF.pdf", folder), "testPDF.pdf");
            assertThat(large.reasonKey()).isEqualTo("extraction.failure.too-large");
            assertThat(large.mediaType()).isEqualTo("application/pdf");
        }
    }

    @Test
    void aWorkerIsReplacedAfterItsQuotaOfFiles() {
        try (TikaWorkerPool recycling =
                new TikaWorkerPool(properties(1, 2, DataSize.ofMegabytes(50)), new TikaTypeDetection(() -> {}))) {
            for (int i = 0; i < 5; i++) {
                ExtractionResult result = recycling.extract(TestDocuments.tika("testRTF.rtf", folder), "testRTF.rtf");
                assertThat(result.outcome()).as("file " + i).isEqualTo(Outcome.DONE);
                assertThat(result.metadata().title()).isEqualTo("Test d’indexation Word");
            }
        }
    }
}
