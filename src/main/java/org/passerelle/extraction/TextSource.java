package org.passerelle.extraction;

/** Where a document's text came from: its own text layer, optical character recognition, or both. */
public enum TextSource {
    /** The file's own text (no OCR). */
    TEXT_LAYER,
    /** Every page with text was read by OCR (a scan, a photo of a page). */
    OCR,
    /** Some pages from the text layer, some by OCR. */
    MIXED
}
