package org.passerelle.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The PDF writer on its own: accents, characters the font lacks, long words and page breaks. */
class PdfReportTest {

    @Test
    void accentsPrintAndCharactersWithoutAGlyphDoNotFailTheExport() throws IOException {
        PdfReport pdf = new PdfReport("Décision", Locale.FRENCH);
        pdf.title("Décision : élan, où, œuvre, Ç");
        pdf.paragraph("Centre de santé 中文 \uD83D\uDE80\tfin");
        byte[] bytes = pdf.bytes();
        String text = DecisionExportsContract.text(bytes);
        assertThat(text).contains("Décision : élan, où, œuvre, Ç").contains("Centre de santé ?? ? fin");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Décision");
        }
    }

    @Test
    void longTextWrapsAndFlowsOntoNewPages() throws IOException {
        PdfReport pdf = new PdfReport("Long", Locale.ENGLISH);
        String longWord = "x".repeat(400);
        pdf.paragraph(longWord);
        for (int i = 0; i < 200; i++) {
            pdf.field("Line " + i + ":", "some words that are here to fill the page ".repeat(3));
        }
        byte[] bytes = pdf.bytes();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        String text = DecisionExportsContract.text(bytes);
        assertThat(text.replaceAll("\\s", "")).contains(longWord);
        assertThat(text).contains("Line 199:");
    }
}
