package org.passerelle.extraction;

/** What extraction made of a file. */
public enum Outcome {
    /** Text was found (at least one letter or digit). */
    DONE,
    /** The file was read but holds no text (only images, OCR found nothing, OCR not installed…): see the reason. */
    EMPTY,
    /** The file could not be read: see the reason. */
    FAILED
}
