package org.passerelle.documents;

/**
 * What became of one uploaded file.
 *
 * @param alreadyThere true when the same content was already the current version under this name: nothing new
 *     was stored
 */
public record UploadResult(DocumentSummary document, boolean alreadyThere) {}
