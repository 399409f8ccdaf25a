package org.passerelle.extraction;

import java.nio.file.Path;

/**
 * Extracts the text, metadata and language of one stored file, outside the application's JVM. Blocking and
 * bounded in time, memory and output: call it off the request thread (e.g. from the documents module's job
 * runner). Never throws for a bad file: a hostile or broken file yields {@link Outcome#FAILED} with a message key.
 */
public interface TextExtraction {

    /**
     * @param file the stored bytes (read only, never moved or deleted)
     * @param declaredFileName the name the uploader gave, used only as a hint for the fallback; may be null
     */
    ExtractionResult extract(Path file, String declaredFileName);
}
