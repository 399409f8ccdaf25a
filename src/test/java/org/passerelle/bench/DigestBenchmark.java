package org.passerelle.bench;

import org.passerelle.H2Test;

/**
 * Benchmark, not part of the test suite ({@code ./mvnw -B -Pbench test -Dtest=DigestBenchmark}): the daily digest of
 * 1,000 people over 10,000 notifications on H2 in memory ({@link DigestBenchmarkBase}).
 */
@H2Test
class DigestBenchmark extends DigestBenchmarkBase {

    @Override
    String database() {
        return "H2 (in memory)";
    }

    @Override
    String reportFile() {
        return "digest-h2.md";
    }
}
