package org.passerelle.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.DocumentEvents.DocumentStateChanged;
import org.passerelle.documents.DocumentEvents.DocumentTextExtracted;
import org.passerelle.documents.DocumentEvents.DocumentUploaded;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
import org.passerelle.documents.domain.DocumentText;
import org.passerelle.documents.domain.DocumentTextPage;
import org.passerelle.documents.domain.DocumentTextPageRepository;
import org.passerelle.documents.domain.DocumentTextRepository;
import org.passerelle.extraction.ExtractionFailure;
import org.passerelle.extraction.ExtractionResult;
import org.passerelle.extraction.TextExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the extraction jobs off the request threads, on a few worker threads. The queue is the database: a job is
 * a document in state QUEUED; a worker claims it (QUEUED → EXTRACTING in one update, so only one worker gets it),
 * calls the extraction module, then stores the text and metadata and moves it to DONE or FAILED. On start, jobs
 * left EXTRACTING by a stop go back to the queue and every queued job is resumed.
 */
@Component
class ExtractionJobs implements DisposableBean {

    static final String BYTES_MISSING = "documents.failure.bytes-missing";
    private static final Logger log = LoggerFactory.getLogger(ExtractionJobs.class);
    private final DocumentRepository documents;
    private final DocumentTextRepository texts;
    private final DocumentTextPageRepository pages;
    private final ContentStore store;
    private final TextExtraction extraction;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService workers;

    ExtractionJobs(
            DocumentRepository documents,
            DocumentTextRepository texts,
            DocumentTextPageRepository pages,
            ContentStore store,
            TextExtraction extraction,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            DocumentsProperties properties,
            Clock clock) {
        this.documents = documents;
        this.texts = texts;
        this.pages = pages;
        this.store = store;
        this.extraction = extraction;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "document-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(properties.extractionWorkers(), threads);
    }

    /** Puts interrupted jobs back in the queue and queues every waiting job; returns how many were queued. */
    int resume() {
        Integer requeued = transaction.execute(
                status -> documents.moveAll(ExtractionState.EXTRACTING, ExtractionState.QUEUED, clock.instant()));
        List<Long> waiting = documents.idsInState(ExtractionState.QUEUED);
        if (!waiting.isEmpty()) {
            log.info("Resuming {} extraction job(s), {} of them interrupted by a stop", waiting.size(), requeued);
        }
        waiting.forEach(this::submit);
        return waiting.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void uploaded(DocumentUploaded event) {
        submit(event.documentId());
    }

    void submit(long documentId) {
        workers.execute(() -> {
            try {
                run(documentId);
            } catch (RuntimeException e) {
                log.error("Extraction job {} failed unexpectedly", documentId, e);
            }
        });
    }

    private void run(long documentId) {
        Document document = transaction.execute(status -> {
            if (documents.claim(documentId, clock.instant()) == 0) {
                return null;
            }
            Document claimed = documents.findById(documentId).orElse(null);
            if (claimed != null) {
                events.publishEvent(new DocumentStateChanged(documentId, owner(claimed), ExtractionState.EXTRACTING));
            }
            return claimed;
        });
        if (document == null) {
            return; // another worker has it, or it was deleted
        }
        if (!store.has(document.getSha256())) {
            finish(documentId, null, true);
            return;
        }
        Path file = store.pathOf(document.getSha256());
        ExtractionResult result;
        try {
            result = extraction.extract(file, document.getName());
        } catch (RuntimeException e) {
            log.warn("Extraction of document {} threw", documentId, e);
            result = new ExtractionResult(
                    org.passerelle.extraction.Outcome.FAILED,
                    document.getMediaType(),
                    "",
                    false,
                    null,
                    List.of(),
                    null,
                    ExtractionFailure.CRASHED.key());
        }
        finish(documentId, result, false);
    }

    private void finish(long documentId, ExtractionResult result, boolean bytesMissing) {
        transaction.executeWithoutResult(status -> {
            Document document = documents.findById(documentId).orElse(null);
            if (document == null) {
                return; // deleted meanwhile: nothing to keep
            }
            if (bytesMissing) {
                document.markDamaged();
                document.moveTo(ExtractionState.FAILED, BYTES_MISSING, clock.instant());
            } else if (result.done()) {
                long textId = saveText(documentId, result);
                var m = result.metadata();
                if (m != null) {
                    document.extracted(
                            m.title(), m.author(), m.created(), m.pages(), m.sheets(), m.slides(), result.language());
                } else {
                    document.extracted(null, null, null, null, null, null, result.language());
                }
                document.moveTo(ExtractionState.DONE, null, clock.instant());
                events.publishEvent(new DocumentTextExtracted(documentId, textId, owner(document), result.language()));
            } else {
                document.moveTo(ExtractionState.FAILED, result.reasonKey(), clock.instant());
            }
            documents.saveAndFlush(document);
            events.publishEvent(new DocumentStateChanged(documentId, owner(document), document.getState()));
            if (document.getState() == ExtractionState.FAILED) {
                events.publishEvent(new DocumentEvents.DocumentUnreadable(
                        documentId,
                        owner(document),
                        document.getSpaceId(),
                        document.getUploadedBy(),
                        document.getFailureKey()));
            }
        });
    }

    private long saveText(long documentId, ExtractionResult result) {
        texts.findByDocumentId(documentId).ifPresent(old -> {
            pages.deleteByText(old.getId());
            texts.delete(old);
            texts.flush();
        });
        // PostgreSQL refuses NUL characters in text
        String text = result.text() == null ? "" : result.text().replace("\u0000", "");
        List<String> slices = slices(text, DocumentTextPage.MAX_CHARS);
        DocumentText saved = texts.saveAndFlush(
                new DocumentText(documentId, text.length(), slices.size(), result.truncated(), clock.instant()));
        for (int i = 0; i < slices.size(); i++) {
            pages.save(new DocumentTextPage(saved.getId(), i + 1, slices.get(i)));
        }
        return saved.getId();
    }

    /**
     * Cuts a text into pages: at each form feed (the end of a page, sheet or slide of the document, marked by the
     * extraction), and a page longer than {@code max} characters into slices, at a line or word end when there is
     * one near. Blank pages are kept (page 3 stays page 3) but trailing ones are dropped.
     */
    static List<String> slices(String text, int max) {
        if (text.indexOf('\f') < 0) {
            return sliceOne(text, max);
        }
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            List<String> cut = sliceOne(page, max);
            pages.addAll(cut.isEmpty() ? List.of("") : cut);
        }
        while (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    private static List<String> sliceOne(String text, int max) {
        List<String> slices = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + max);
            if (end < text.length()) {
                int newline = text.lastIndexOf('\n', end - 1);
                int space = text.lastIndexOf(' ', end - 1);
                int cut = newline > start + max / 2 ? newline + 1 : space > start + max / 2 ? space + 1 : end;
                if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--; // never split a character in two
                }
                end = cut;
            }
            slices.add(text.substring(start, end));
            start = end;
        }
        return slices;
    }

    private static SubjectRef owner(Document document) {
        return new SubjectRef(document.getOwnerType(), document.getOwnerId());
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
