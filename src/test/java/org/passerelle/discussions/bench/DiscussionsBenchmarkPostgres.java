package org.passerelle.discussions.bench;

import org.passerelle.PostgresTest;

@PostgresTest
class DiscussionsBenchmarkPostgres extends DiscussionsBenchmark {
    @Override
    String database() {
        return "PostgreSQL";
    }
}
