package org.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The index itself, through Hibernate Search's Standalone POJO mapper: Lucene in the data directory by default,
 * Elasticsearch or OpenSearch by configuration ({@link SearchProperties}), with the same mapping. Writes are
 * committed before they return, so that the queue entry of a change is removed only once the index holds it.
 */
@Component
public class SearchIndex implements DisposableBean {

    /** Bump when {@link IndexedEntry}'s fields or {@link Analysis} change: the index is rebuilt at next start. */
    static final String MAPPING_VERSION = "2";

    private static final String MARKER = "passerelle-mapping-version";

    private final SearchProperties properties;
    /**
     * Built on a thread of its own from the constructor (about a second of a 2-core machine's start, see the README,
     * "Start-up"), so that the application's start does not wait for it; the first use waits until it is built.
     */
    private final CompletableFuture<CloseableSearchMapping> building;

    SearchIndex(SearchProperties properties) {
        this.properties = properties;
        this.building = new CompletableFuture<>();
        Thread.ofPlatform().name("search-mapping").daemon().start(() -> {
            try {
                building.complete(buildMapping(properties));
            } catch (Throwable failure) {
                building.completeExceptionally(failure);
            }
        });
    }

    private static CloseableSearchMapping buildMapping(SearchProperties properties) {
        Map<String, Object> settings = new HashMap<>();
        if (properties.lucene()) {
            settings.put("hibernate.search.backend.type", "lucene");
            settings.put(
                    "hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new Analysis.Lucene()));
            settings.put("hibernate.search.backend.lucene_version", "LATEST");
            if (properties.inMemory()) {
                settings.put("hibernate.search.backend.directory.type", "local-heap");
            } else {
                settings.put("hibernate.search.backend.directory.type", "local-filesystem");
                settings.put(
                        "hibernate.search.backend.directory.root",
                        properties.indexDir().toAbsolutePath().toString());
            }
        } else {
            settings.put("hibernate.search.backend.type", "elasticsearch");
            settings.put(
                    "hibernate.search.backend.analysis.configurer",
                    BeanReference.ofInstance(new Analysis.Elasticsearch()));
        }
        settings.put("hibernate.search.schema_management.strategy", "create-or-update");
        properties.hibernate().forEach((key, value) -> settings.put("hibernate.search." + key, value));
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(IndexedEntry.class), MethodHandles.lookup())
                .properties(settings)
                .build();
    }

    /** The mapping, once built (waits for the start's background thread; rethrows what made it fail). */
    private CloseableSearchMapping mapping() {
        try {
            return building.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    /** Adds or replaces these entries and removes those ids, committed when it returns. */
    synchronized void write(Collection<IndexedEntry> entries, Collection<String> removedIds) {
        if (entries.isEmpty() && removedIds.isEmpty()) {
            return;
        }
        try (SearchSession session = mapping()
                .createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync())
                .build()) {
            SearchIndexingPlan plan = session.indexingPlan();
            entries.forEach(plan::addOrUpdate);
            removedIds.forEach(id -> plan.purge(IndexedEntry.class, id, null));
        }
    }

    /** The ids of the entries held for these things of a kind (all their parts). */
    List<String> idsOf(String kind, Collection<Long> subjectIds) {
        return read(session -> session.search(IndexedEntry.class)
                .select(f -> f.id(String.class))
                .where(f -> f.bool()
                        .filter(f.match().field("kind").matching(kind))
                        .filter(f.terms().field("subjectId").matchingAny(subjectIds)))
                .fetchAllHits());
    }

    /** Runs a query in a session of its own. */
    <T> T read(Function<SearchSession, T> query) {
        try (SearchSession session = mapping().createSession()) {
            return query.apply(session);
        }
    }

    /** Empties the index (before a rebuild), never in the middle of a write. */
    synchronized void clear() {
        try (SearchSession session = mapping().createSession()) {
            session.workspace().purge();
            session.workspace().flush();
        }
    }

    /** How many entries the index holds. */
    long size() {
        return read(session ->
                session.search(IndexedEntry.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /**
     * Whether the index was built with this mapping: false for a new or emptied Lucene directory, or after a change
     * of mapping. For Elasticsearch the queue's state table answers instead (see {@link SearchRebuild}).
     */
    boolean builtWithThisMapping() {
        if (!properties.lucene() || properties.inMemory()) {
            return false;
        }
        Path marker = properties.indexDir().resolve(MARKER);
        try {
            return Files.exists(marker) && Files.readString(marker).trim().equals(MAPPING_VERSION);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the index now holds everything with this mapping. */
    void markBuilt() {
        if (!properties.lucene() || properties.inMemory()) {
            return;
        }
        try {
            Files.createDirectories(properties.indexDir());
            Files.writeString(properties.indexDir().resolve(MARKER), MAPPING_VERSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the mark, so that an interrupted rebuild starts again at the next start. */
    void unmarkBuilt() {
        if (!properties.lucene() || properties.inMemory()) {
            return;
        }
        try {
            Files.deleteIfExists(properties.indexDir().resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        building.thenAccept(CloseableSearchMapping::close)
                .exceptionally(failure -> null)
                .join();
    }
}
