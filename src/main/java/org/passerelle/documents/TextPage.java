package org.passerelle.documents;

/**
 * One page of a document's extracted text.
 *
 * @param number 1-based
 * @param truncated whether the extracted text was cut at the extraction's output limit
 * @param language ISO 639-1 code of the page's language, or the document's when the page's is not known; null
 *     when neither is
 */
public record TextPage(
        long textId, int number, int pageCount, long totalChars, boolean truncated, String text, String language) {}
