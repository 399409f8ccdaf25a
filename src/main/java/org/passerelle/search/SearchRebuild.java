package org.passerelle.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.passerelle.base.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index when it is missing, was built with another mapping, or when asked ({@code
 * --passerelle.search.rebuild=true}): empties it and queues every thing of every kind, which the indexer then
 * takes in (progress in the log, and in the staff's search status). The queue is in the database, so a rebuild cut
 * short by a stop goes on at the next start. At every start, what is still queued is taken up.
 */
@Component
class SearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    static final String MAPPING_STATE = "mapping-version";
    private static final int PAGE = 1_000;

    private final SearchIndex index;
    private final SearchQueue queue;
    private final SearchIndexer indexer;
    private final SearchProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile Instant lastRebuild;

    SearchRebuild(
            SearchIndex index,
            SearchQueue queue,
            SearchIndexer indexer,
            SearchProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.index = index;
        this.queue = queue;
        this.indexer = indexer;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStart() {
        if (properties.rebuild() || !upToDate()) {
            rebuild();
        }
        indexer.wake();
    }

    private boolean upToDate() {
        if (properties.lucene()) {
            return index.builtWithThisMapping();
        }
        return SearchIndex.MAPPING_VERSION.equals(queue.state(MAPPING_STATE));
    }

    /** Empties the index and queues everything; returns how many things were queued. */
    long rebuild() {
        log.info("Search index: rebuilding (mapping {})", SearchIndex.MAPPING_VERSION);
        index.unmarkBuilt();
        index.clear();
        long queued = 0;
        for (SearchSource source : indexer.sources().values()) {
            long after = 0;
            List<Long> ids;
            do {
                List<Long> page = source.ids(after, PAGE);
                ids = page;
                transaction.executeWithoutResult(status -> queue.add(source.kind(), page));
                queued += page.size();
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1);
                }
            } while (ids.size() == PAGE);
        }
        transaction.executeWithoutResult(status -> queue.setState(MAPPING_STATE, SearchIndex.MAPPING_VERSION));
        // the queue is durable: from now on the index is "built", whatever remains to take in
        index.markBuilt();
        lastRebuild = clock.instant();
        log.info("Search index: {} things queued for the rebuild", queued);
        indexer.wake();
        return queued;
    }

    Instant lastRebuild() {
        return lastRebuild;
    }
}
