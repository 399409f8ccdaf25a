package org.passerelle.extraction;

/**
 * The language of a stretch of a document's text: {@code text.substring(start, end)} is in {@code language} (ISO
 * 639-1, or {@link ExtractionResult#UNKNOWN_LANGUAGE} when too short or unclear). The worker detects it per page
 * of the document (PDF page, sheet, slide) and per section of a few thousand characters where there are no pages.
 */
public record LanguageSpan(int start, int end, String language) {

    public LanguageSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span " + start + ".." + end);
        }
        if (language == null || language.isBlank()) {
            language = ExtractionResult.UNKNOWN_LANGUAGE;
        }
    }

    public int length() {
        return end - start;
    }

    public boolean known() {
        return !ExtractionResult.UNKNOWN_LANGUAGE.equals(language);
    }
}
