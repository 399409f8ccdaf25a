/**
 * Text extraction: detects a file's type from its content ({@link org.passerelle.extraction.TypeDetection}, fast and
 * in-process, for the upload check) and extracts its text, metadata and language with Apache Tika in a separate,
 * supervised JVM ({@link org.passerelle.extraction.TextExtraction}), bounded in time, memory and output, so that a
 * hostile file can only kill its worker. In the worker, scanned pages and photos of documents are read by OCR
 * (Tesseract, when installed), EPUB and Strict Open XML Word files Tika fails on are read by fallbacks, and the
 * language is detected per page or section; a file without text is EMPTY with its reason. Has no tables and no views; the documents module calls it from its jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
package org.passerelle.extraction;
