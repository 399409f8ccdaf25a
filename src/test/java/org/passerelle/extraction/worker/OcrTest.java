package org.passerelle.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TestDocuments;
import org.passerelle.extraction.TextSource;

/**
 * Scanned pages and photos of documents read by the real Tesseract (installed here and in CI, with English and
 * French), and the honest EMPTY states when there is nothing to read or no way to read it.
 */
class OcrTest {

    private static final List<String> STATUTES = List.of(
            "Statuts de l'association des Rwandais de Lyon",
            "Article 1. Les associations de la diaspora",
            "se réunissent chaque année en assemblée générale.");

    private static final List<String> LETTER =
            List.of("Lettre de soutien au projet de bibliothèque", "Nous soutenons la demande de subvention.");

    private static final WorkerLimits LIMITS = new WorkerLimits(5_000_000, 3, 100);

    private static TikaExtractor extractor;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadParsers() {
        extractor = new TikaExtractor(LIMITS, OcrSettings.defaults());
    }

    @Test
    void aPhotoOfAPrintedPageGivesItsWords() throws IOException {
        TestDocuments.requireTesseract();
        for (String name : List.of("statuts.png", "statuts.jpg")) {
            WorkerReply reply = extractor.extract(TestDocuments.imageOfText(folder, name, STATUTES), name);
            assertThat(reply.outcome()).as(name).isEqualTo(Outcome.DONE);
            assertThat(reply.source()).as(name).isEqualTo(TextSource.OCR);
            assertThat(reply.text().toLowerCase()).as(name).contains("association", "diaspora", "assemblée");
            assertThat(reply.reasonKey()).isNull();
        }
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUprightAsItsExifSays() throws IOException {
        TestDocuments.requireTesseract();
        WorkerReply reply = extractor.extract(TestDocuments.sidewaysPhoto(folder, "photo.jpg", STATUTES), "photo.jpg");
        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(reply.text().toLowerCase()).contains("association", "diaspora");
    }

    @Test
    void anImageOnlyPdfIsReadPageByPage() throws IOException {
        TestDocuments.requireTesseract();
        Path scan = TestDocuments.scannedPdf(
                folder, "scan.pdf", List.of(TestDocuments.photoOfText(STATUTES), TestDocuments.photoOfText(LETTER)));
        WorkerReply reply = extractor.extract(scan, "scan.pdf");

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(reply.source()).isEqualTo(TextSource.OCR);
        assertThat(reply.pages()).isEqualTo(2);
        String[] pages = reply.text().split("\f", -1);
        assertThat(pages).hasSize(2);
        assertThat(pages[0]).contains("diaspora").doesNotContain("bibliothèque");
        assertThat(pages[1]).contains("bibliothèque").doesNotContain("diaspora");
        assertThat(reply.truncated()).isFalse();
    }

    @Test
    void aPdfWithATextPageAndAScannedPageIsMixed() throws IOException {
        TestDocuments.requireTesseract();
        Path pdf = TestDocuments.scannedPdf(
                folder, "mixed.pdf", List.of(TestDocuments.ENGLISH, TestDocuments.photoOfText(LETTER)));
        WorkerReply reply = extractor.extract(pdf, "mixed.pdf");

        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(reply.source()).isEqualTo(TextSource.MIXED);
        String[] pages = reply.text().split("\f", -1);
        assertThat(pages[0]).contains("letters of support");
        assertThat(pages[1]).contains("subvention");
    }

    @Test
    void aTextPdfIsNotReadByOcr() throws IOException {
        Path pdf = TestDocuments.pdf(folder, "text.pdf", "Text", List.of(TestDocuments.FRENCH));
        WorkerReply reply = extractor.extract(pdf, "text.pdf");
        assertThat(reply.source()).isEqualTo(TextSource.TEXT_LAYER);
    }

    @Test
    void aBlankPhotoIsEmptyBecauseOcrFoundNothing() throws IOException {
        TestDocuments.requireTesseract();
        Path blank = TestDocuments.image(folder, "blank.png", TestDocuments.blankPhoto(1200, 1600));
        WorkerReply reply = extractor.extract(blank, "blank.png");
        assertThat(reply.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(reply.reasonKey()).isEqualTo(NoTextReason.OCR_FOUND_NOTHING.key());
        assertThat(reply.text()).isEmpty();
        assertThat(reply.source()).isNull();
        assertThat(reply.languageSpans()).isEmpty();
    }

    @Test
    void aPdfOfShapesOrBlankPagesHasNoTextAndNeedsNoOcr() throws IOException {
        WorkerReply shapes = extractor.extract(TestDocuments.shapesPdf(folder, "diagram.pdf"), "diagram.pdf");
        assertThat(shapes.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(shapes.reasonKey()).isEqualTo(NoTextReason.NO_TEXT.key());

        TikaExtractor withoutTesseract =
                new TikaExtractor(LIMITS, OcrSettings.defaults().withCommand("/nonexistent"));
        WorkerReply blank =
                withoutTesseract.extract(TestDocuments.scannedPdf(folder, "blank.pdf", List.of("", "")), "blank.pdf");
        assertThat(blank.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(blank.reasonKey())
                .as("no image: nothing OCR could have read")
                .isEqualTo(NoTextReason.NO_TEXT.key());
    }

    @Test
    void withoutTesseractScansAreEmptyBecauseOcrIsNotInstalledNeverFailed() throws IOException {
        TikaExtractor withoutTesseract = new TikaExtractor(
                LIMITS,
                OcrSettings.defaults().withCommand(folder.resolve("tesseract").toString()));
        WorkerReply photo = withoutTesseract.extract(TestDocuments.imageOfText(folder, "a.png", STATUTES), "a.png");
        assertThat(photo.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(photo.reasonKey()).isEqualTo(NoTextReason.OCR_NOT_INSTALLED.key());

        Path scan = TestDocuments.scannedPdf(folder, "scan.pdf", List.of(TestDocuments.photoOfText(STATUTES)));
        WorkerReply pdf = withoutTesseract.extract(scan, "scan.pdf");
        assertThat(pdf.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(pdf.reasonKey()).isEqualTo(NoTextReason.OCR_NOT_INSTALLED.key());
        assertThat(pdf.pages()).isEqualTo(1);

        WorkerReply text = withoutTesseract.extract(
                TestDocuments.pdf(folder, "text.pdf", "Text", List.of(TestDocuments.FRENCH)), "text.pdf");
        assertThat(text.outcome()).as("text files do not need OCR").isEqualTo(Outcome.DONE);
    }

    @Test
    void withOcrSwitchedOffScansAreEmptyBecauseOcrIsDisabled() throws IOException {
        OcrSettings d = OcrSettings.defaults();
        TikaExtractor off = new TikaExtractor(
                LIMITS,
                new OcrSettings(
                        false,
                        d.languages(),
                        d.command(),
                        d.maxPages(),
                        d.pageTimeout(),
                        d.dpi(),
                        d.maxPixels(),
                        d.budget()));
        WorkerReply photo = off.extract(TestDocuments.imageOfText(folder, "a.png", STATUTES), "a.png");
        assertThat(photo.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(photo.reasonKey()).isEqualTo(NoTextReason.OCR_DISABLED.key());
    }

    @Test
    void beyondThePageLimitScannedPagesAreSkippedAndTheTextMarkedTruncated() throws IOException {
        TestDocuments.requireTesseract();
        OcrSettings d = OcrSettings.defaults();
        TikaExtractor onePage = new TikaExtractor(
                LIMITS,
                new OcrSettings(
                        true, d.languages(), d.command(), 1, d.pageTimeout(), d.dpi(), d.maxPixels(), d.budget()));
        BufferedImage statutes = TestDocuments.photoOfText(STATUTES);
        Path scan = TestDocuments.scannedPdf(
                folder, "three.pdf", List.of(statutes, TestDocuments.photoOfText(LETTER), statutes));
        WorkerReply reply = onePage.extract(scan, "three.pdf");
        assertThat(reply.outcome()).isEqualTo(Outcome.DONE);
        assertThat(reply.truncated()).isTrue();
        String[] pages = reply.text().split("\f", -1);
        assertThat(pages[0]).contains("diaspora");
        assertThat(reply.text()).doesNotContain("bibliothèque");
    }

    @Test
    void whenTheTimeBudgetIsSpentTheRemainingPagesAreSkipped() throws IOException {
        TestDocuments.requireTesseract();
        OcrSettings d = OcrSettings.defaults();
        TikaExtractor hurried = new TikaExtractor(
                LIMITS,
                new OcrSettings(
                        true,
                        d.languages(),
                        d.command(),
                        50,
                        d.pageTimeout(),
                        d.dpi(),
                        d.maxPixels(),
                        Duration.ofMillis(1)));
        Path scan = TestDocuments.scannedPdf(folder, "scan.pdf", List.of(TestDocuments.photoOfText(STATUTES)));
        WorkerReply reply = hurried.extract(scan, "scan.pdf");
        assertThat(reply.outcome())
                .as("images to read, no time left for any: too slow rather than 'no text'")
                .isEqualTo(Outcome.FAILED);
        assertThat(reply.reasonKey()).isEqualTo("extraction.failure.too-slow");
    }
}
