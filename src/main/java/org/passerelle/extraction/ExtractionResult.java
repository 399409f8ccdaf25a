package org.passerelle.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What extraction found in one file.
 *
 * @param outcome {@link Outcome#DONE} with text, {@link Outcome#EMPTY} for a readable file without text,
 *     {@link Outcome#FAILED} when it could not be read
 * @param mediaType the type detected from the content (e.g. {@code application/pdf}); never null
 * @param text the extracted text, at most the configured number of characters, pages separated by form feeds;
 *     empty unless DONE
 * @param truncated true when the text was cut at the configured limit
 * @param metadata title, author, creation date and page/sheet/slide counts when the file declares them
 * @param languageSpans the language of each page or section of the text, in order (empty unless DONE)
 * @param source where the text came from (null unless DONE)
 * @param reasonKey message key of the reason: an {@link ExtractionFailure} when FAILED, a {@link NoTextReason}
 *     when EMPTY, null when DONE
 */
public record ExtractionResult(
        Outcome outcome,
        String mediaType,
        String text,
        boolean truncated,
        DocumentMetadata metadata,
        List<LanguageSpan> languageSpans,
        TextSource source,
        String reasonKey) {

    public static final String UNKNOWN_LANGUAGE = "unknown";

    /** Languages below this share of the text are not listed (a name, a quotation). */
    static final int MIN_SHARE_PERCENT = 2;

    public ExtractionResult {
        text = text == null ? "" : text;
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
        languageSpans = languageSpans == null ? List.of() : List.copyOf(languageSpans);
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }

    /**
     * The document's languages by their share of the text whose language is known, largest first, those under
     * {@value #MIN_SHARE_PERCENT} % left out; empty when no part's language is known.
     */
    public List<LanguageShare> languageShares() {
        Map<String, Long> lengths = new LinkedHashMap<>();
        long known = 0;
        for (LanguageSpan span : languageSpans) {
            if (span.known() && span.length() > 0) {
                lengths.merge(span.language(), (long) span.length(), Long::sum);
                known += span.length();
            }
        }
        List<LanguageShare> shares = new ArrayList<>();
        for (Map.Entry<String, Long> entry : lengths.entrySet()) {
            int percent = (int) Math.round(100.0 * entry.getValue() / known);
            if (percent >= MIN_SHARE_PERCENT) {
                shares.add(new LanguageShare(entry.getKey(), percent));
            }
        }
        shares.sort(Comparator.comparingInt(LanguageShare::percent).reversed().thenComparing(LanguageShare::language));
        return List.copyOf(shares);
    }

    /** The main language (the largest share), or {@link #UNKNOWN_LANGUAGE}. */
    public String language() {
        List<LanguageShare> shares = languageShares();
        return shares.isEmpty() ? UNKNOWN_LANGUAGE : shares.getFirst().language();
    }

    static ExtractionResult failed(String mediaType, ExtractionFailure reason) {
        return new ExtractionResult(
                Outcome.FAILED, mediaType, "", false, DocumentMetadata.NONE, List.of(), null, reason.key());
    }
}
