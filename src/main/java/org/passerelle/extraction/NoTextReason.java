package org.passerelle.extraction;

/** Why a well-formed file yielded no text ({@link Outcome#EMPTY}); {@link #key()} is the translated reason. */
public enum NoTextReason {
    /** Nothing to read: no text layer and no image that could hold text (a blank page, shapes, a chart). */
    NO_TEXT("extraction.empty.no-text"),
    /** Only images (a scan, a photo) and OCR is not installed on this server. */
    OCR_NOT_INSTALLED("extraction.empty.ocr-not-installed"),
    /** Only images, OCR is switched off in the configuration. */
    OCR_DISABLED("extraction.empty.ocr-disabled"),
    /** Only images, and OCR read them but found no words. */
    OCR_FOUND_NOTHING("extraction.empty.ocr-found-nothing");

    private final String key;

    NoTextReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
