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
        int temporary = store.clearTemporary();
        Set<String> used = new HashSet<>(documents.allHashes());
        int orphans = 0;
        for (String hash : store.storedHashes()) {
            if (!used.contains(hash)) {
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
