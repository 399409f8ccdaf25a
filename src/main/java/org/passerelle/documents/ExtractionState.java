package org.passerelle.documents;

/** Where a document's text extraction job stands. */
public enum ExtractionState {
    QUEUED,
    EXTRACTING,
    DONE,
    FAILED;

    public String messageKey() {
        return "documents.state." + name();
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
