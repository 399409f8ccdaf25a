package org.passerelle.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.H2Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/** The module as the documents module sees it: two beans, the documented defaults, a French and an English file. */
@H2Test
class TextExtractionTest {

    @Autowired
    TextExtraction extraction;

    @Autowired
    TypeDetection detection;

    @Autowired
    ExtractionProperties properties;

    @TempDir
    Path folder;

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.workerHeap()).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(properties.maxCharacters()).isEqualTo(5_000_000);
        assertThat(properties.maxEmbeddedDepth()).isEqualTo(3);
        assertThat(properties.maxEmbeddedCount()).isEqualTo(100);
        assertThat(properties.workers()).isEqualTo(1);
        assertThat(properties.ocrEnabled()).isTrue();
        assertThat(properties.ocr().languages()).isEqualTo("eng+fra");
        assertThat(properties.ocr().command()).isEqualTo("tesseract");
        assertThat(properties.ocr().maxPages()).isEqualTo(20);
        assertThat(properties.ocr().budget()).as("OCR stops within the timeout").isEqualTo(Duration.ofSeconds(45));
        assertThat(properties).isEqualTo(ExtractionProperties.defaults());
    }

    @Test
    void frenchPdfAndEnglishDocxGiveTheirTextMetadataAndLanguage() throws IOException {
        Path pdf = TestDocuments.pdf(
                folder, "blob-1", "Étude de faisabilité", List.of(TestDocuments.FRENCH, TestDocuments.FRENCH));
        assertThat(detection.detect(pdf, "étude.pdf")).isEqualTo("application/pdf");
        ExtractionResult french = extraction.extract(pdf, "étude.pdf");
        assertThat(french.outcome()).isEqualTo(Outcome.DONE);
        assertThat(french.mediaType()).isEqualTo("application/pdf");
        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.metadata().title()).isEqualTo("Étude de faisabilité");
        assertThat(french.metadata().pages()).isEqualTo(2);
        assertThat(french.text()).contains("Les associations de la diaspora rwandaise");
        assertThat(french.reasonKey()).isNull();

        Path docx = TestDocuments.docx(
                folder, "blob-2", "Letter of support", "John Mugabo", List.of(TestDocuments.ENGLISH));
        ExtractionResult english = extraction.extract(docx, "letter.docx");
        assertThat(english.outcome()).isEqualTo(Outcome.DONE);
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.metadata().author()).isEqualTo("John Mugabo");
        assertThat(english.truncated()).isFalse();
    }
}
