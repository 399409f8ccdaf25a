package org.passerelle.contacts;

import java.util.List;

/**
 * What importing a file would do, row by row, before anything is written.
 *
 * @param encoding the encoding the file was read in ({@code UTF-8} or {@code windows-1252})
 */
public record ImportPreview(String fileName, String encoding, List<ImportRow> rows) {

    public long count(ImportStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** Whether any row would be imported. */
    public boolean importable() {
        return rows.stream().anyMatch(r -> r.status() != ImportStatus.ERROR);
    }
}
