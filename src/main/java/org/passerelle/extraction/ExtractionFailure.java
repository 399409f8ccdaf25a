package org.passerelle.extraction;

/** Why extraction failed; {@link #key()} is the message key of the translated reason (EN/FR). */
public enum ExtractionFailure {
    ENCRYPTED("extraction.failure.encrypted"),
    DAMAGED("extraction.failure.damaged"),
    UNSUPPORTED("extraction.failure.unsupported"),
    /** The file is larger than the size limit for reading (passerelle.extraction.max-file-size). */
    TOO_LARGE("extraction.failure.too-large"),
    /** Unpacking it would take more than the reader's memory (a compression bomb, a huge embedded image). */
    TOO_EXPANDED("extraction.failure.too-expanded"),
    /** Documents nested inside documents deeper than the reader follows. */
    TOO_DEEP("extraction.failure.too-deep"),
    /** Reading took longer than the time limit (passerelle.extraction.timeout). */
    TOO_SLOW("extraction.failure.too-slow"),
    /** The reader ran out of memory or stopped. */
    CRASHED("extraction.failure.crashed");

    private final String key;

    ExtractionFailure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
