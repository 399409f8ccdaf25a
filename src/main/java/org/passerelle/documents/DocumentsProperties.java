package org.passerelle.documents;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and storage of documents ({@code passerelle.documents.*}); enforced on the server whatever the browser
 * says.
 *
 * @param storageDir where the content-addressed store lives
 * @param maxFileSize larger files are refused before they are read whole
 * @param maxFilesPerUpload files accepted in one upload (one batch of the upload component)
 * @param associationQuota total size of the documents of one association's proposals
 * @param maxImagePixels larger images (width × height) are refused
 * @param extractionWorkers threads that run extraction jobs
 * @param extractionLease how long a node's claim on an extraction job holds: a job still being read after that
 *     (its node stopped or died) goes back to the queue, for whichever node sweeps first; longer than the
 *     extraction's own time limit
 */
@ConfigurationProperties("passerelle.documents")
public record DocumentsProperties(
        Path storageDir,
        DataSize maxFileSize,
        int maxFilesPerUpload,
        DataSize associationQuota,
        long maxImagePixels,
        int extractionWorkers,
        java.time.Duration extractionLease) {

    public DocumentsProperties {
        storageDir = storageDir == null ? Path.of("data", "documents") : storageDir;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(25) : maxFileSize;
        maxFilesPerUpload = maxFilesPerUpload <= 0 ? 10 : maxFilesPerUpload;
        associationQuota = associationQuota == null ? DataSize.ofMegabytes(500) : associationQuota;
        maxImagePixels = maxImagePixels <= 0 ? 40_000_000L : maxImagePixels;
        extractionWorkers = extractionWorkers <= 0 ? 1 : extractionWorkers;
        extractionLease = extractionLease == null ? java.time.Duration.ofMinutes(3) : extractionLease;
    }
}
