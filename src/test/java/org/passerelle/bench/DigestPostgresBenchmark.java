package org.passerelle.bench;

import org.passerelle.PostgresTest;

/**
 * Benchmark, not part of the test suite ({@code ./mvnw -B -Pbench test -Dtest=DigestPostgresBenchmark}): the daily
 * digest of 1,000 people over 10,000 notifications on PostgreSQL 17 (embedded, or {@code
 * PASSERELLE_TEST_POSTGRES_URL}) ({@link DigestBenchmarkBase}).
 */
@PostgresTest
class DigestPostgresBenchmark extends DigestBenchmarkBase {

    @Override
    String database() {
        return "PostgreSQL 17";
    }

    @Override
    String reportFile() {
        return "digest-postgres.md";
    }
}
