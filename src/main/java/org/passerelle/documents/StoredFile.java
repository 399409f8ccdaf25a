package org.passerelle.documents;

import java.nio.file.Path;

/** The stored bytes of a document the person may download, with the name and type to serve them under. */
public record StoredFile(Path path, String fileName, String mediaType, long size) {}
