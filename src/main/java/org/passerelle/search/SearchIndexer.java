package org.passerelle.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.passerelle.base.BackgroundWorker;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the queued changes into the index, on its own thread, batch by batch: each batch claims its queue rows
 * ({@code FOR UPDATE SKIP LOCKED}), asks the owning modules' sources for the things' entries as they now stand,
 * writes and commits them to the index, then removes the rows in the same database transaction. A stop at any
 * point leaves the rows queued, and the next start takes them up: nothing is lost, at worst indexed twice.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    /** Changes per batch: each batch ends with a commit of the index, its main cost, so a rebuild wants large ones. */
    static final int BATCH = 1_000;

    private static final int PROGRESS_EVERY = 2_000;

    private final SearchQueue queue;
    private final SearchIndex index;
    private final ObjectProvider<SearchSource> found;
    private final TransactionTemplate newTransaction;
    private final BackgroundWorker worker = new BackgroundWorker("search-index", this::drainLogged);
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Map<SearchKind, SearchSource> sources;

    SearchIndexer(
            SearchQueue queue,
            SearchIndex index,
            ObjectProvider<SearchSource> sources,
            PlatformTransactionManager transactions) {
        this.queue = queue;
        this.index = index;
        this.found = sources;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Map<SearchKind, SearchSource> sources() {
        Map<SearchKind, SearchSource> known = sources;
        if (known == null) {
            known = new EnumMap<>(SearchKind.class);
            for (SearchSource source : found) {
                if (known.put(source.kind(), source) != null) {
                    throw new IllegalStateException("Two search sources for " + source.kind());
                }
            }
            sources = known;
        }
        return known;
    }

    /** Indexes what is queued, soon, on the indexer's thread. */
    public void wake() {
        worker.wake();
    }

    /** Waits until every change woken so far is in the index (for tests); false when the time ran out. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return worker.awaitIdle(timeout);
    }

    @Scheduled(
            initialDelayString = "${passerelle.search.sweep-interval:PT30S}",
            fixedDelayString = "${passerelle.search.sweep-interval:PT30S}")
    void sweep() {
        worker.wake();
    }

    /** Entries written to the index since the start, and changes that could not be indexed. */
    long indexedCount() {
        return indexed.get();
    }

    long failedCount() {
        return failed.get();
    }

    private void drainLogged() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("The search index could not take in the latest changes; the next sweep retries", e);
        }
    }

    /** Indexes every queued change; returns how many queue rows were taken in. */
    int drain() {
        int done = 0;
        int batch;
        do {
            batch = indexBatch();
            done += batch;
            if (done > 0 && done % PROGRESS_EVERY < batch) {
                log.info("Search index: {} changes taken in, {} waiting", done, queue.size());
            }
        } while (batch == BATCH);
        return done;
    }

    private int indexBatch() {
        try {
            Integer done = newTransaction.execute(status -> {
                List<SearchQueue.Queued> claimed = queue.claim(BATCH);
                index(claimed);
                queue.remove(claimed.stream().map(SearchQueue.Queued::id).toList());
                return claimed.size();
            });
            return done == null ? 0 : done;
        } catch (RuntimeException batchFailed) {
            log.warn("A batch of the search index failed; its changes are taken one by one", batchFailed);
            return oneByOne();
        }
    }

    /** After a failed batch: each change alone, so that one that cannot be indexed does not hold up the others. */
    private int oneByOne() {
        int done = 0;
        for (int i = 0; i < BATCH; i++) {
            Integer one = newTransaction.execute(status -> {
                List<SearchQueue.Queued> claimed = queue.claim(1);
                if (claimed.isEmpty()) {
                    return 0;
                }
                try {
                    index(claimed);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    log.error(
                            "{} {} cannot be indexed; it is left out until it changes again or the index is rebuilt",
                            claimed.get(0).kind(),
                            claimed.get(0).subjectId(),
                            e);
                }
                queue.remove(List.of(claimed.get(0).id()));
                return 1;
            });
            if (one == null || one == 0) {
                break;
            }
            done += one;
        }
        return done;
    }

    private void index(List<SearchQueue.Queued> claimed) {
        Map<SearchKind, Set<Long>> byKind = new EnumMap<>(SearchKind.class);
        for (SearchQueue.Queued change : claimed) {
            byKind.computeIfAbsent(change.kind(), k -> new LinkedHashSet<>()).add(change.subjectId());
        }
        List<IndexedEntry> entries = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        byKind.forEach((kind, ids) -> {
            SearchSource source = sources().get(kind);
            List<SearchEntry> now = source == null ? List.of() : source.entries(ids);
            Set<String> kept = new HashSet<>();
            for (SearchEntry entry : now) {
                if (!entry.keys().isEmpty()) {
                    IndexedEntry indexedEntry = new IndexedEntry(entry);
                    entries.add(indexedEntry);
                    kept.add(indexedEntry.getId());
                }
            }
            for (String old : index.idsOf(kind.name(), ids)) {
                if (!kept.contains(old)) {
                    removed.add(old);
                }
            }
        });
        index.write(entries, removed);
        indexed.addAndGet(entries.size());
    }

    @PreDestroy
    void stop() {
        worker.stop();
    }
}
