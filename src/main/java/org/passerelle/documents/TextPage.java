package org.passerelle.documents;

/**
 * One page of a document's extracted text.
 *
 * @param number 1-based
 * @param truncated whether the extracted text was cut at the extraction's output limit
 */
public record TextPage(long textId, int number, int pageCount, long totalChars, boolean truncated, String text) {}
