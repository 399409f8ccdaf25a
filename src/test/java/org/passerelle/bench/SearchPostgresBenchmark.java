package org.passerelle.bench;

import org.passerelle.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SearchBenchmarkBase} on PostgreSQL 17 (embedded, or the server named by {@code
 * PASSERELLE_TEST_POSTGRES_URL}), the index on disk: {@code target/bench/search-postgres.md}.
 */
@PostgresTest
class SearchPostgresBenchmark extends SearchBenchmarkBase {

    @DynamicPropertySource
    static void index(DynamicPropertyRegistry registry) {
        indexOnDisk(registry, "postgres");
    }

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    String slug() {
        return "postgres";
    }
}
