package org.passerelle.extraction;

/**
 * What extraction found in one file.
 *
 * @param outcome {@link Outcome#DONE} when text (possibly empty, e.g. an image without OCR) was extracted
 * @param mediaType the type detected from the content (e.g. {@code application/pdf}); never null
 * @param text the extracted text, at most the configured number of characters; empty when FAILED
 * @param truncated true when the text was cut at the configured limit
 * @param metadata title, author, creation date and page/sheet/slide counts when the file declares them
 * @param language ISO 639-1 code of the text's language (e.g. "fr"), or {@link #UNKNOWN_LANGUAGE}
 * @param failureKey message key of the reason (see {@link ExtractionFailure}) when FAILED, otherwise null
 */
public record ExtractionResult(
        Outcome outcome,
        String mediaType,
        String text,
        boolean truncated,
        DocumentMetadata metadata,
        String language,
        String failureKey) {

    public static final String UNKNOWN_LANGUAGE = "unknown";

    public boolean done() {
        return outcome == Outcome.DONE;
    }

    static ExtractionResult failed(String mediaType, ExtractionFailure reason) {
        return new ExtractionResult(
                Outcome.FAILED, mediaType, "", false, DocumentMetadata.NONE, UNKNOWN_LANGUAGE, reason.key());
    }
}
