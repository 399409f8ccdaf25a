package org.passerelle.search;

import java.time.Duration;
import org.passerelle.notifications.NotificationsProbe;
import org.springframework.context.ApplicationContext;

/** Lets tests wait until what they just did is in the search index (it is indexed after the commit). */
public final class SearchProbe {

    private SearchProbe() {}

    public static void settle(ApplicationContext context) {
        NotificationsProbe.settle(context);
        SearchIndexer indexer = context.getBean(SearchIndexer.class);
        indexer.wake();
        try {
            if (!indexer.awaitIdle(Duration.ofSeconds(60))) {
                throw new AssertionError("The search index was still busy after 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Rebuilds the index from the database as a start would (for tests that wrote rows directly). */
    public static void rebuild(ApplicationContext context) {
        context.getBean(SearchRebuild.class).rebuild();
        settle(context);
    }
}
