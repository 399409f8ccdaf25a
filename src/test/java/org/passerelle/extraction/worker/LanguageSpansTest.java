package org.passerelle.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extraction.DocumentMetadata;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.LanguageShare;
import org.passerelle.extraction.LanguageSpan;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TestDocuments;
import org.passerelle.extraction.TextSource;

/** The language of each page or section, and the document's languages by share, sampled across the whole text. */
class LanguageSpansTest {

    private static final LanguageGuess GUESS = new LanguageGuess();

    private static final String LICENCE = "This work is licensed under the Creative Commons Attribution 4.0 "
            + "International License. You are free to share, copy and redistribute the material in any medium or "
            + "format, and to adapt, remix, transform and build upon the material for any purpose, even "
            + "commercially, under the following terms: you must give appropriate credit, provide a link to the "
            + "license, and indicate if changes were made. You may do so in any reasonable manner, but not in any "
            + "way that suggests the licensor endorses you or your use.";

    @TempDir
    Path folder;

    private static TikaExtractor extractor;

    @BeforeAll
    static void loadParsers() {
        extractor = new TikaExtractor(new WorkerLimits(5_000_000, 3, 100));
    }

    @Test
    void aFrenchPageAndAnEnglishPageAreHalfAndHalf() throws IOException {
        Path pdf = TestDocuments.pdf(
                folder,
                "bilingue.pdf",
                "Bilingue",
                List.of(
                        TestDocuments.FRENCH + " " + TestDocuments.FRENCH,
                        TestDocuments.ENGLISH + " " + TestDocuments.ENGLISH));
        WorkerReply reply = extractor.extract(pdf, "bilingue.pdf");

        List<LanguageSpan> spans = reply.languageSpans();
        assertThat(spans).extracting(LanguageSpan::language).containsExactly("fr", "en");
        assertThat(reply.text().substring(spans.get(0).start(), spans.get(0).end()))
                .as("the first span is the first page")
                .doesNotContain("\f")
                .contains("diaspora rwandaise");
        assertThat(reply.text().charAt(spans.get(0).end())).isEqualTo('\f');
        List<LanguageShare> shares = reply.toResult().languageShares();
        assertThat(shares).extracting(LanguageShare::language).containsExactly("fr", "en");
        assertThat(shares).allSatisfy(share -> assertThat(share.percent()).isBetween(40, 60));
    }

    @Test
    void anEnglishLicenceBeforeAFrenchBodyDoesNotMakeTheDocumentEnglish() {
        StringBuilder text = new StringBuilder(LICENCE).append('\f'); // its own page, as in the 184-page report
        while (text.length() < 40_000) {
            text.append(TestDocuments.FRENCH).append("\n\n");
        }
        ExtractionResult result = result(text.toString());
        assertThat(result.language()).isEqualTo("fr");
        assertThat(result.languageShares().getFirst().percent()).isGreaterThanOrEqualTo(90);
        assertThat(result.languageSpans().getFirst().language())
                .as("the licence's page is English")
                .isEqualTo("en");
    }

    @Test
    void inAVeryLongTextSamplesAreTakenUpToItsEnd() {
        // some 600 sections: more than are detected; an English appendix in the last tenth must still be seen
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_600_000) {
            text.append(TestDocuments.FRENCH).append("\n\n");
        }
        while (text.length() < 1_800_000) {
            text.append(TestDocuments.ENGLISH).append("\n\n");
        }
        List<int[]> stretches = LanguageSpans.stretches(text.toString());
        assertThat(stretches.size()).isGreaterThan(LanguageSpans.MAX_DETECTIONS);

        ExtractionResult result = result(text.toString());
        assertThat(result.languageShares()).extracting(LanguageShare::language).containsExactly("fr", "en");
        assertThat(result.languageShares().get(1).percent()).isBetween(8, 14);
        assertThat(result.languageSpans()).hasSize(stretches.size());
        assertThat(result.languageSpans().getLast().end()).isEqualTo(text.length());
    }

    @Test
    void sectionsAreCutAtParagraphEndsAndShortPagesJoinTheirNeighbour() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append(TestDocuments.FRENCH).append("\n\n");
        }
        text.append('\f').append("Page 2").append('\f').append(TestDocuments.ENGLISH);
        String all = text.toString();
        List<int[]> stretches = LanguageSpans.stretches(all);

        for (int[] stretch : stretches.subList(0, stretches.size() - 1)) {
            int length = stretch[1] - stretch[0];
            assertThat(length).isBetween(LanguageSpans.SHORT, LanguageSpans.SECTION * 3 / 2);
            assertThat(all.substring(0, stretch[1]))
                    .as("cut at a paragraph's end")
                    .endsWith("\n\n");
        }
        int[] last = stretches.getLast();
        assertThat(all.substring(last[0], last[1]))
                .as("the short page 'Page 2' is taken with the English page after it")
                .startsWith("Page 2")
                .contains("Diaspora associations");
    }

    private static ExtractionResult result(String text) {
        return new ExtractionResult(
                Outcome.DONE,
                "text/plain",
                text,
                false,
                DocumentMetadata.NONE,
                LanguageSpans.of(text, GUESS),
                TextSource.TEXT_LAYER,
                null);
    }
}
