/**
 * Text extraction: detects a file's type from its content ({@link org.passerelle.extraction.TypeDetection}, fast and
 * in-process, for the upload check) and extracts its text, metadata and language with Apache Tika in a separate,
 * supervised JVM ({@link org.passerelle.extraction.TextExtraction}), bounded in time, memory and output, so that a
 * hostile file can only kill its worker. Has no tables and no views; the documents module calls it from its jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
package org.passerelle.extraction;
