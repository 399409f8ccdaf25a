package org.passerelle.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PostgresTest;
import org.passerelle.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark, not part of the test suite (run it with {@code ./mvnw -Pbench test}): the same 10,000
 * proposals on PostgreSQL 17 (embedded, or the server named by {@code PASSERELLE_TEST_POSTGRES_URL}),
 * through the services.
 */
@PostgresTest
class ProposalsPostgresBenchmark {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void callListAndProposalPage() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        ProposalCorpus corpus = ProposalCorpus.create(context, accounts, ProposalsBenchmark.SIZE);
        accounts.signIn(TestAccounts.STAFF);
        Measure measure = new Measure(100, 300);
        ServiceActions.measure(measure, context, corpus);
        measure.report(
                "Proposals on PostgreSQL 17, " + ProposalsBenchmark.SIZE + " proposals", "proposals-postgres.md");
    }
}
