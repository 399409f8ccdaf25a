package org.passerelle.extraction;

/** Whether extraction produced text. */
public enum Outcome {
    DONE,
    FAILED
}
