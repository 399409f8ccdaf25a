package org.passerelle.extraction;

import java.nio.file.Path;

/**
 * Fast, in-process detection of a file's media type from its content (Tika's detectors over a
 * {@code TikaInputStream}, which looks inside zip containers to tell docx from xlsx from zip). It reads only the
 * first bytes or the container's directory, never parses the document: safe for the upload check.
 */
public interface TypeDetection {

    /**
     * @param declaredFileName used only to refine an ambiguous content type (e.g. text/plain vs text/csv); may be null
     * @return the media type without parameters, e.g. {@code application/pdf}; {@code application/octet-stream}
     *     when nothing is recognised
     */
    String detect(Path file, String declaredFileName);
}
