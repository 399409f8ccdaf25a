package org.passerelle.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.passerelle.extraction.NoTextReason;
import org.passerelle.extraction.Outcome;
import org.passerelle.extraction.TextExtraction;
import org.passerelle.extraction.TextSource;
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
 * calls the extraction module, then stores the text and metadata and moves it to DONE, EMPTY (no text in the file)
 * or FAILED. A claim holds for {@code passerelle.documents.extraction-lease}: at start and then every {@code
 * passerelle.documents.extraction-sweep} (30 s), each node puts back in the queue the jobs claimed longer ago than
 * that (their node stopped or died mid-job) and takes every queued job it is not already running, so that with
 * several nodes on one database a job left by a node that died is finished by another.
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
    private final java.time.Duration lease;
    /** The jobs handed to this node's workers and not finished yet: a sweep does not hand them again. */
    private final java.util.Set<Long> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
        this.lease = properties.extractionLease();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "document-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
        this.workers = Executors.newFixedThreadPool(properties.extractionWorkers(), threads);
    }

    /**
     * Puts the jobs whose claim has lapsed back in the queue and hands this node's workers every queued job they do
     * not have yet; returns how many were queued.
     */
    int resume() {
        Instant now = clock.instant();
        Integer requeued = transaction.execute(status -> documents.requeueClaimedBefore(now.minus(lease), now));
        List<Long> waiting = documents.idsInState(ExtractionState.QUEUED);
        List<Long> fresh = waiting.stream().filter(id -> !pending.contains(id)).toList();
        if (!fresh.isEmpty() || (requeued != null && requeued > 0)) {
            log.info(
                    "Taking {} waiting extraction job(s), {} of them left unfinished by a stopped node",
                    fresh.size(),
                    requeued);
        }
        fresh.forEach(this::submit);
        return waiting.size();
    }

    /** The periodic sweep of {@link #resume}: jobs another node queued or left behind. */
    @org.springframework.scheduling.annotation.Scheduled(
            initialDelayString = "${passerelle.documents.extraction-sweep:PT30S}",
            fixedDelayString = "${passerelle.documents.extraction-sweep:PT30S}")
    void sweep() {
        try {
            resume();
        } catch (RuntimeException failed) {
            log.warn("The extraction sweep failed; the next one retries: {}", failed.toString());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void uploaded(DocumentUploaded event) {
        submit(event.documentId());
    }

    void submit(long documentId) {
        if (!pending.add(documentId)) {
            return; // already with this node's workers
        }
        workers.execute(() -> {
            try {
                run(documentId);
            } catch (org.springframework.dao.OptimisticLockingFailureException deleted) {
                // the document (or its owner) was deleted while its text was being read: nothing to keep
                log.info("Document {} was deleted while its text was being read", documentId);
            } catch (RuntimeException e) {
                log.error("Extraction job {} failed unexpectedly", documentId, e);
            } finally {
                pending.remove(documentId);
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
                    Outcome.FAILED,
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

    /**
     * Stores what extraction made of a document as a job does (text, pages, languages, state, events). Package
     * private so that tests can store results today's files cannot produce (no text, OCR, several languages).
     */
    void store(long documentId, ExtractionResult result) {
        finish(documentId, result, false);
    }

    private void finish(long documentId, ExtractionResult extracted, boolean bytesMissing) {
        transaction.executeWithoutResult(status -> {
            Document document = documents.findById(documentId).orElse(null);
            if (document == null) {
                return; // deleted meanwhile: nothing to keep
            }
            ExtractionResult result = bytesMissing ? null : honest(extracted);
            if (bytesMissing) {
                document.markDamaged();
                document.moveTo(ExtractionState.FAILED, BYTES_MISSING, clock.instant());
            } else if (result.done()) {
                long textId = saveText(documentId, result);
                keepMetadata(document, result, result.language());
                document.textFound(
                        result.source() == null ? TextSource.TEXT_LAYER : result.source(),
                        LanguageShares.encode(result.languageShares()));
                document.moveTo(ExtractionState.DONE, null, clock.instant());
                events.publishEvent(new DocumentTextExtracted(documentId, textId, owner(document), result.language()));
            } else {
                removeText(documentId); // "text ready" only with text, whatever an earlier run left
                document.textFound(null, null);
                if (result.outcome() == Outcome.EMPTY) {
                    keepMetadata(document, result, null);
                    document.moveTo(ExtractionState.EMPTY, result.reasonKey(), clock.instant());
                } else {
                    document.moveTo(ExtractionState.FAILED, result.reasonKey(), clock.instant());
                }
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

    /**
     * The result as it is stored: a "done" without a letter or digit is a file without text (the worker's OCR
     * may find nothing but stray marks), and a file without text always says why.
     */
    static ExtractionResult honest(ExtractionResult result) {
        boolean noText =
                result.outcome() == Outcome.DONE && result.text().codePoints().noneMatch(Character::isLetterOrDigit);
        boolean noReason = result.outcome() == Outcome.EMPTY && result.reasonKey() == null;
        if (!noText && !noReason) {
            return result;
        }
        return new ExtractionResult(
                Outcome.EMPTY,
                result.mediaType(),
                "",
                false,
                result.metadata(),
                List.of(),
                null,
                NoTextReason.NO_TEXT.key());
    }

    private static void keepMetadata(Document document, ExtractionResult result, String language) {
        var m = result.metadata();
        document.extracted(m.title(), m.author(), m.created(), m.pages(), m.sheets(), m.slides(), language);
    }

    private void removeText(long documentId) {
        texts.findByDocumentId(documentId).ifPresent(old -> {
            pages.deleteByText(old.getId());
            texts.delete(old);
            texts.flush();
        });
    }

    private long saveText(long documentId, ExtractionResult result) {
        removeText(documentId);
        String text = TextPages.clean(result.text());
        List<TextPages.Slice> slices = TextPages.cut(result.text(), DocumentTextPage.MAX_CHARS, result.languageSpans());
        DocumentText saved = texts.saveAndFlush(
                new DocumentText(documentId, text.length(), slices.size(), result.truncated(), clock.instant()));
        for (int i = 0; i < slices.size(); i++) {
            TextPages.Slice slice = slices.get(i);
            pages.save(new DocumentTextPage(
                    saved.getId(), i + 1, text.substring(slice.start(), slice.end()), slice.language()));
        }
        return saved.getId();
    }

    private static SubjectRef owner(Document document) {
        return new SubjectRef(document.getOwnerType(), document.getOwnerId());
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
