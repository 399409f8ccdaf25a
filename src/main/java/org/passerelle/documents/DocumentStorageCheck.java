package org.passerelle.documents;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, before any upload: makes the database and the content store agree again after a crash. Leftover
 * temporary files and stored files that no document uses are removed; documents whose bytes are missing are
 * marked damaged (shown so, never served). Then the extraction jobs resume.
 */
@Component
class DocumentStorageCheck {

    private static final Logger log = LoggerFactory.getLogger(DocumentStorageCheck.class);
    private final DocumentRepository documents;
    private final ContentStore store;
    private final ExtractionJobs jobs;
    private final TransactionTemplate transaction;

    DocumentStorageCheck(
            DocumentRepository documents,
            ContentStore store,
            ExtractionJobs jobs,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.store = store;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A file without a row this old is a leftover, not an upload in progress on this node or another. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(1);

    record Report(int temporaryRemoved, int orphansRemoved, int markedDamaged) {}

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Report report = repair();
        if (report.orphansRemoved() + report.markedDamaged() + report.temporaryRemoved() > 0) {
            log.warn("Document store repaired: {}", report);
        }
        jobs.resume();
    }

    Report repair() {
        // another node sharing the folder may be receiving or storing an upload right now: only old leftovers go
        java.time.Instant cutoff = java.time.Instant.now().minus(LEFTOVER_AGE);
        int temporary = store.clearTemporary(cutoff);
        Set<String> used = new HashSet<>(documents.allHashes());
        int orphans = 0;
        for (String hash : store.storedHashes()) {
            if (!used.contains(hash) && store.storedBefore(hash, cutoff)) {
                try {
                    store.delete(hash);
                    orphans++;
                } catch (IOException e) {
                    log.warn("Could not remove the orphan file {}", hash, e);
                }
            }
        }
        Integer damaged = transaction.execute(status -> {
            int marked = 0;
            for (Document document : documents.findUndamaged()) {
                if (!store.has(document.getSha256())) {
                    document.markDamaged();
                    documents.save(document);
                    marked++;
                }
            }
            return marked;
        });
        return new Report(temporary, orphans, damaged == null ? 0 : damaged);
    }
}
