package org.passerelle.documents;

/** Where a document's text extraction job stands. */
public enum ExtractionState {
    QUEUED,
    EXTRACTING,
    /** Its text is stored (there is at least one letter or digit). */
    DONE,
    /** Read, but there is no text in it (only images, OCR found nothing…): the reason is its failure key. */
    EMPTY,
    /** Its text could not be read: the reason is its failure key. */
    FAILED;

    public String messageKey() {
        return "documents.state." + name();
    }

    public boolean finished() {
        return this == DONE || this == EMPTY || this == FAILED;
    }
}
