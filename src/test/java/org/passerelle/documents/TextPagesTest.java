package org.passerelle.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.extraction.LanguageShare;
import org.passerelle.extraction.LanguageSpan;

/** How an extracted text is cut into the pages that the reader shows and the search opens, and their languages. */
class TextPagesTest {

    @Test
    void aTextIsCutAtTheEndOfEachOfItsDocumentsPagesAndLongPagesAgain() {
        assertThat(TextPages.slices("one\ftwo\fthree\f", 100)).containsExactly("one", "two", "three");
        assertThat(TextPages.slices("one\f\fthree", 100))
                .as("a blank page keeps the numbering")
                .containsExactly("one", "", "three");
        assertThat(TextPages.slices("aaaa bbbb cccc\fdd", 10)).containsExactly("aaaa bbbb ", "cccc", "dd");
        assertThat(TextPages.slices("no breaks at all", 100)).containsExactly("no breaks at all");
        assertThat(TextPages.slices("\f\f", 100)).isEmpty();
    }

    @Test
    void eachPageTakesTheLanguageThatCoversMostOfIt() {
        String text = "bonjour tout le monde\fhello everyone\fok";
        List<LanguageSpan> spans = List.of(
                new LanguageSpan(0, 21, "fr"), new LanguageSpan(22, 36, "en"), new LanguageSpan(37, 39, "unknown"));

        assertThat(TextPages.cut(text, 100, spans))
                .extracting(TextPages.Slice::language)
                .containsExactly("fr", "en", null);
        // a page cut in two slices: each slice its own share of the spans
        assertThat(TextPages.cut(
                        "aaaa bbbb cccc", 10, List.of(new LanguageSpan(0, 7, "fr"), new LanguageSpan(7, 14, "en"))))
                .extracting(TextPages.Slice::language)
                .containsExactly("fr", "en");
        // a section spanning a page break counts for both pages
        assertThat(TextPages.cut("one\ftwo", 100, List.of(new LanguageSpan(0, 7, "de"))))
                .extracting(TextPages.Slice::language)
                .containsExactly("de", "de");
    }

    @Test
    void theSpansFollowTheTextWhenItsNulCharactersAreRemoved() {
        // 200 NULs in the first page: without moving the spans, page 2 would fall inside the French one
        String first = "\u0000".repeat(100) + "bonjour le monde" + "\u0000".repeat(100);
        String text = first + "\fhello world\fau revoir";
        int second = first.length() + 1;
        int third = second + "hello world".length() + 1;
        List<LanguageSpan> spans = List.of(
                new LanguageSpan(0, first.length(), "fr"),
                new LanguageSpan(second, second + 11, "en"),
                new LanguageSpan(third, text.length(), "fr"));

        List<TextPages.Slice> slices = TextPages.cut(text, 100, spans);

        String clean = TextPages.clean(text);
        assertThat(slices)
                .extracting(slice -> clean.substring(slice.start(), slice.end()))
                .containsExactly("bonjour le monde", "hello world", "au revoir");
        assertThat(slices).extracting(TextPages.Slice::language).containsExactly("fr", "en", "fr");
        // spans past the end of the text (a worker's rounding) are cut to it
        assertThat(TextPages.cut("abc", 100, List.of(new LanguageSpan(0, 99, "fr"))))
                .extracting(TextPages.Slice::language)
                .containsExactly("fr");
    }

    @Test
    void languageSharesAreStoredCompactlyWithSafeCodesOnly() {
        String stored = LanguageShares.encode(
                List.of(new LanguageShare("fr", 90), new LanguageShare("<b>", 6), new LanguageShare("en", 4)));
        assertThat(stored).isEqualTo("fr:90,en:4");
        assertThat(LanguageShares.decode(stored))
                .containsExactly(new LanguageShare("fr", 90), new LanguageShare("en", 4));
        assertThat(LanguageShares.decode("fr:92,xx\"onload:8,en:8,de:abc,:3,nl"))
                .containsExactly(new LanguageShare("fr", 92), new LanguageShare("en", 8));
        assertThat(LanguageShares.encode(List.of())).isNull();
        assertThat(LanguageShares.decode(null)).isEmpty();
        assertThat(LanguageShares.safe("unknown")).isNull();
        assertThat(LanguageShares.safe("fr\" onmouseover=\"x")).isNull();
        assertThat(LanguageShares.safe("rw")).isEqualTo("rw");
    }
}
