package org.passerelle.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.util.common.data.Range;
import org.passerelle.base.SearchKind;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the search benchmarks need of the search module's package-private classes: the rebuild, the queue, the
 * indexer's state, and the service's query taken apart (with or without the key filter, the exact total, the facets,
 * the highlighted snippets) to tell where a search spends its time.
 */
public final class SearchBenchProbe {

    /** Which parts of {@link SearchService#search}'s Lucene query to run. */
    public record Variant(boolean keyFilter, boolean exactTotal, boolean facets, boolean highlight) {}

    private SearchBenchProbe() {}

    /** Empties the index and queues everything, as {@code --passerelle.search.rebuild=true}; the things queued. */
    public static long rebuild(ApplicationContext context) {
        return context.getBean(SearchRebuild.class).rebuild();
    }

    /** Wakes the indexer and waits until it has taken in everything queued; false when the time ran out. */
    public static boolean awaitIdle(ApplicationContext context, Duration timeout) throws InterruptedException {
        SearchIndexer indexer = context.getBean(SearchIndexer.class);
        indexer.wake();
        return indexer.awaitIdle(timeout);
    }

    /** Waits for the indexer without waking it (it was woken by what queued the changes). */
    public static boolean awaitIdleOnly(ApplicationContext context, Duration timeout) throws InterruptedException {
        return context.getBean(SearchIndexer.class).awaitIdle(timeout);
    }

    /** Queues these things in one transaction, as the modules' events do, and wakes the indexer after the commit. */
    public static void queue(ApplicationContext context, SearchKind kind, Collection<Long> ids) {
        SearchQueue queue = context.getBean(SearchQueue.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> queue.add(kind, ids));
        context.getBean(SearchIndexer.class).wake();
    }

    public static long indexSize(ApplicationContext context) {
        return context.getBean(SearchIndex.class).size();
    }

    public static long queued(ApplicationContext context) {
        return context.getBean(SearchQueue.class).size();
    }

    public static long failed(ApplicationContext context) {
        return context.getBean(SearchIndexer.class).failedCount();
    }

    public static long indexed(ApplicationContext context) {
        return context.getBean(SearchIndexer.class).indexedCount();
    }

    /** The parts of indexing one batch of a kind's things (as the indexer does it), in ms, and the SQL it sends. */
    public record BatchCost(
            SearchKind kind,
            int things,
            int entries,
            double sourceMs,
            long sourceStatements,
            double lookupMs,
            double writeMs,
            double textMegabytes) {}

    /**
     * Indexes these things again as one batch of the indexer would, timing each part: the owning module's source
     * building the entries (in a read-only transaction, as on the indexer's thread), the index lookup of their former
     * entries, and the write committed to the index.
     */
    public static BatchCost indexBatch(ApplicationContext context, SearchKind kind, List<Long> ids) throws Exception {
        SearchIndexer indexer = context.getBean(SearchIndexer.class);
        SearchIndex index = context.getBean(SearchIndex.class);
        TransactionTemplate readOnly = new TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        org.passerelle.base.SearchSource source = indexer.sources().get(kind);
        long start = System.nanoTime();
        var counted = org.passerelle.QueryCounter.count(() -> readOnly.execute(status -> source.entries(ids)));
        double sourceMs = (System.nanoTime() - start) / 1e6;
        List<IndexedEntry> entries = counted.result().stream()
                .filter(e -> !e.keys().isEmpty())
                .map(IndexedEntry::new)
                .toList();
        start = System.nanoTime();
        index.idsOf(kind.name(), ids);
        double lookupMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        index.write(entries, List.of());
        double writeMs = (System.nanoTime() - start) / 1e6;
        double text = entries.stream().mapToLong(e -> e.getText().length()).sum() / 1e6;
        return new BatchCost(kind, ids.size(), entries.size(), sourceMs, counted.statements(), lookupMs, writeMs, text);
    }

    public static int batchSize() {
        return SearchIndexer.BATCH;
    }

    /**
     * The service's query for these words and keys, with only the parts the variant names; the total hit count (exact
     * or a lower bound past 100 when not asked).
     */
    public static long query(ApplicationContext context, String words, Set<String> keys, Variant variant) {
        SearchIndex index = context.getBean(SearchIndex.class);
        return index.read(session -> {
            SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> query = session.search(IndexedEntry.class)
                    .select(f -> {
                        List<SearchProjection<?>> parts = new ArrayList<>();
                        parts.add(f.field("kind", String.class).toProjection());
                        parts.add(f.field("subjectId", Long.class).toProjection());
                        parts.add(f.field("part", Integer.class).toProjection());
                        parts.add(f.field("titleEn", String.class).toProjection());
                        parts.add(f.field("link", String.class).toProjection());
                        if (variant.highlight()) {
                            parts.add(f.highlight("text_en").single().toProjection());
                        }
                        return f.composite()
                                .from(parts.toArray(new SearchProjection<?>[0]))
                                .asList();
                    })
                    .where(f -> {
                        var bool = f.bool().must(SearchService.matching(f, words));
                        if (variant.keyFilter()) {
                            bool.filter(f.terms().field("keys").matchingAny(keys));
                        }
                        return bool;
                    })
                    .sort(f -> f.score().then().field("date").desc().missing().last());
            if (variant.highlight()) {
                query = query.highlighter(h -> h.fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180)
                        .numberOfFragments(1)
                        .noMatchSize(180));
            }
            if (variant.facets()) {
                Instant now = Instant.now();
                List<Range<Instant>> periods = List.of(
                        Range.atLeast(now.minus(Duration.ofDays(31))),
                        Range.between(now.minus(Duration.ofDays(366)), now.minus(Duration.ofDays(31))),
                        Range.lessThan(now.minus(Duration.ofDays(366))));
                query = query.aggregation(
                                AggregationKey.<Map<String, Long>>of("kind"),
                                f -> f.terms().field("kind", String.class).maxTermCount(20))
                        .aggregation(
                                AggregationKey.<Map<Long, Long>>of("space"),
                                f -> f.terms().field("spaceId", Long.class).maxTermCount(20))
                        .aggregation(
                                AggregationKey.<Map<Long, Long>>of("call"),
                                f -> f.terms().field("callId", Long.class).maxTermCount(20))
                        .aggregation(
                                AggregationKey.<Map<String, Long>>of("country"),
                                f -> f.terms().field("country", String.class).maxTermCount(20))
                        .aggregation(
                                AggregationKey.<Map<String, Long>>of("sector"),
                                f -> f.terms().field("sectors", String.class).maxTermCount(20))
                        .aggregation(
                                AggregationKey.<Map<String, Long>>of("language"),
                                f -> f.terms().field("language", String.class).maxTermCount(20))
                        .aggregation(
                                AggregationKey.<Map<Range<Instant>, Long>>of("period"),
                                f -> f.range().field("date", Instant.class).ranges(periods));
            }
            if (!variant.exactTotal()) {
                query = query.totalHitCountThreshold(100);
            }
            SearchResult<List<?>> result = query.fetch(0, SearchService.PAGE_SIZE);
            return result.total().hitCountLowerBound();
        });
    }
}
