package org.passerelle.documents;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.extraction.DocumentMetadata;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.LanguageSpan;
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TextSource;
import org.springframework.context.ApplicationContext;

/**
 * Extraction results that today's files cannot produce yet (no text, OCR, several languages), as real values of the
 * extraction contract, and the documents module's own storage path for them ({@link ExtractionJobs#store}).
 */
public final class ExtractionResults {

    private ExtractionResults() {}

    /** A readable file without text, for this reason. */
    public static ExtractionResult empty(NoTextReason reason, DocumentMetadata metadata) {
        return new ExtractionResult(
                Outcome.EMPTY, "application/pdf", "", false, metadata, List.of(), null, reason.key());
    }

    /** A text of these pages (joined by form feeds), each page one span in the language given for it. */
    public static ExtractionResult pages(TextSource source, List<String> pages, List<String> languages) {
        StringBuilder text = new StringBuilder();
        List<LanguageSpan> spans = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                text.append('\f');
            }
            int start = text.length();
            text.append(pages.get(i));
            spans.add(new LanguageSpan(start, text.length(), languages.get(i)));
        }
        return new ExtractionResult(
                Outcome.DONE,
                "application/pdf",
                text.toString(),
                false,
                new DocumentMetadata(null, null, null, pages.size(), null, null),
                spans,
                source,
                null);
    }

    /** Stores the result for the document as its extraction job would (text, pages, languages, state, events). */
    public static void store(ApplicationContext context, long documentId, ExtractionResult result) {
        context.getBean(ExtractionJobs.class).store(documentId, result);
    }

    /** {@code length} characters of French words. */
    public static String french(int length) {
        return repeat("Le centre de santé ouvre ses portes aux familles du village. ", length);
    }

    /** {@code length} characters of English words. */
    public static String english(int length) {
        return repeat("The health centre opens its doors to the families. ", length);
    }

    private static String repeat(String words, int length) {
        return words.repeat(length / words.length() + 1).substring(0, length);
    }
}
