package org.passerelle.bench;

import org.passerelle.H2Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SearchBenchmarkBase} on H2 (in memory), the index on disk: {@code target/bench/search-h2.md}. */
@H2Test
class SearchBenchmark extends SearchBenchmarkBase {

    @DynamicPropertySource
    static void index(DynamicPropertyRegistry registry) {
        indexOnDisk(registry, "h2");
    }

    @Override
    String database() {
        return "H2";
    }

    @Override
    String slug() {
        return "h2";
    }
}
