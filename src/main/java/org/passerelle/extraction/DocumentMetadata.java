package org.passerelle.extraction;

import java.time.Instant;

/** Metadata a document declares about itself; each field is null when the file does not say. */
public record DocumentMetadata(
        String title, String author, Instant created, Integer pages, Integer sheets, Integer slides) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null, null);
}
