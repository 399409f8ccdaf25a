package org.passerelle.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search index ({@code passerelle.search.*}).
 *
 * @param indexDir where the embedded Lucene index lives (default: search-index/ under the data directory)
 * @param inMemory keep the Lucene index in memory (tests): it is rebuilt at every start
 * @param backend {@code lucene} (embedded, one application node) or {@code elasticsearch} (Elasticsearch or
 *     OpenSearch, for several nodes: the same mapping)
 * @param sweepInterval how often the queue of changes is looked at besides the wake-up after each commit
 * @param rebuild rebuild the whole index at start (the rebuild command: {@code --passerelle.search.rebuild=true})
 * @param hibernate further Hibernate Search settings, passed on with the prefix {@code hibernate.search.}, e.g.
 *     {@code passerelle.search.hibernate.backend.hosts=search.example.org:9200}
 */
@ConfigurationProperties("passerelle.search")
public record SearchProperties(
        Path indexDir,
        boolean inMemory,
        String backend,
        Duration sweepInterval,
        boolean rebuild,
        Map<String, String> hibernate) {

    public SearchProperties {
        indexDir = indexDir == null ? Path.of("data", "search-index") : indexDir;
        backend = backend == null || backend.isBlank() ? "lucene" : backend;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
        hibernate = hibernate == null ? Map.of() : Map.copyOf(hibernate);
    }

    boolean lucene() {
        return "lucene".equals(backend);
    }
}
