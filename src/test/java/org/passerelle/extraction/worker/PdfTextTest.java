package org.passerelle.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extraction.TestDocuments;

class PdfTextTest {

    @TempDir
    Path folder;

    @Test
    void readsEachPageEndedByAFormFeedWithTheDocumentsInformation() throws IOException {
        Path file = TestDocuments.pdf(folder, "two.pdf", "Étude", List.of("Première page du conseil", "Second page"));

        PdfText.Result result = new PdfText(1_000, 2).extract(file).orElseThrow();

        assertThat(result.text()).isEqualTo("Première page du conseil\fSecond page\f");
        assertThat(result.pages()).isEqualTo(2);
        assertThat(result.truncated()).isFalse();
        assertThat(result.title()).isEqualTo("Étude");
        assertThat(result.pagesWithoutText()).isZero();
    }

    @Test
    void aLongDocumentReadOnTwoThreadsGivesTheSameTextInTheSameOrder() throws IOException {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 2 * PdfText.MIN_PAGES_PER_THREAD + 3; i++) {
            pages.add("Page " + i + " of the statutes");
        }
        Path file = TestDocuments.pdf(folder, "long.pdf", "Statutes", pages);

        String parallel = new PdfText(1_000_000, 2).extract(file).orElseThrow().text();
        String single = new PdfText(1_000_000, 1).extract(file).orElseThrow().text();

        assertThat(parallel).isEqualTo(single);
        assertThat(parallel.split("\f")).hasSize(pages.size());
        assertThat(parallel.split("\f")[40]).isEqualTo("Page 41 of the statutes");
    }

    @Test
    void textBeyondTheLimitIsCutAndMarkedTruncated() throws IOException {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            pages.add("Page " + i + " of the statutes");
        }
        Path file = TestDocuments.pdf(folder, "long.pdf", "Statutes", pages);

        PdfText.Result result = new PdfText(50, 2).extract(file).orElseThrow();

        assertThat(result.text()).hasSize(50).startsWith("Page 1 of the statutes\fPage 2");
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void aPageWithOnlyAnImageIsCountedForOcr() throws IOException {
        Path file = folder.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 10, 10);
            }
            document.addPage(new PDPage()); // blank: no text, no image
            document.save(file.toFile());
        }

        PdfText.Result result = new PdfText(1_000, 1).extract(file).orElseThrow();

        assertThat(result.pagesWithoutText()).isEqualTo(2);
        assertThat(result.imageOnlyPages()).isEqualTo(1);
    }

    @Test
    void aFormIsLeftToTikaWhichReadsItsFields() throws IOException {
        Path file = folder.resolve("form.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDAcroForm form = new PDAcroForm(document);
            form.setDefaultResources(new PDResources());
            document.getDocumentCatalog().setAcroForm(form);
            PDTextField name = new PDTextField(form);
            name.setPartialName("association");
            form.getFields().add(name);
            document.save(file.toFile());
        }

        assertThat(new PdfText(1_000, 1).extract(file)).isEmpty();
    }

    @Test
    void aPasswordProtectedFileFailsSoThatTikaTellsWhy() throws IOException {
        Path plain = TestDocuments.pdf(folder, "plain.pdf", "Secret", List.of("Secret minutes"));
        Path locked = folder.resolve("locked.pdf");
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(locked.toFile());
        }

        assertThatThrownBy(() -> new PdfText(1_000, 1).extract(locked)).isInstanceOf(IOException.class);
    }

    @Test
    void aDamagedFileFails() throws IOException {
        List<String> pages = List.of("One", "Two", "Three");
        Path file = TestDocuments.truncated(TestDocuments.pdf(folder, "cut.pdf", "Cut", pages), 0.3);

        assertThatThrownBy(() -> new PdfText(1_000, 1).extract(file)).isInstanceOf(IOException.class);
    }
}
