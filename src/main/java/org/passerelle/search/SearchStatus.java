package org.passerelle.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** How the index stands, for staff: entries held, changes waiting, failures, last rebuild; and the rebuild. */
@Service
public class SearchStatus {

    /**
     * @param entries entries the index holds
     * @param waiting changes queued, not yet in the index (a rebuild shows here as it goes)
     * @param failed changes that could not be indexed since the start (see the log)
     */
    public record Figures(long entries, long waiting, long failed) {}

    private final SearchIndex index;
    private final SearchQueue queue;
    private final SearchIndexer indexer;
    private final SearchRebuild rebuild;

    SearchStatus(SearchIndex index, SearchQueue queue, SearchIndexer indexer, SearchRebuild rebuild) {
        this.index = index;
        this.queue = queue;
        this.indexer = indexer;
        this.rebuild = rebuild;
    }

    @PreAuthorize("hasRole('STAFF')")
    public Figures figures() {
        return new Figures(index.size(), queue.size(), indexer.failedCount());
    }

    /** Rebuilds the index from scratch (in the background): for staff, after a restore or a doubt. */
    @PreAuthorize("hasRole('STAFF')")
    public void rebuild() {
        rebuild.rebuild();
    }
}
