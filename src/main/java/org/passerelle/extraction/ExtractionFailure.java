package org.passerelle.extraction;

/** Why extraction failed; {@link #key()} is the message key of the translated reason (EN/FR). */
public enum ExtractionFailure {
    ENCRYPTED("extraction.failure.encrypted"),
    DAMAGED("extraction.failure.damaged"),
    UNSUPPORTED("extraction.failure.unsupported"),
    TOO_LARGE("extraction.failure.too-large"),
    TOO_SLOW("extraction.failure.too-slow"),
    CRASHED("extraction.failure.crashed");

    private final String key;

    ExtractionFailure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
