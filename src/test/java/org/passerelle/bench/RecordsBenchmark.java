package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.H2Test;
import org.passerelle.TestAccounts;
import org.passerelle.records.DecisionExports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark, not part of the test suite ({@code ./mvnw -Pbench test -Dtest=RecordsBenchmark}): the exports of
 * a call at the limit (2,000 proposals, {@code -Dbench.records=N} for another size) on H2 in memory, as staff.
 */
@H2Test
class RecordsBenchmark {

    static final int SIZE = Integer.getInteger("bench.records", 2_000);

    @Autowired
    ApplicationContext context;

    @Autowired
    DecisionExports exports;

    @Test
    void callExports() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        ProposalCorpus corpus = ProposalCorpus.create(context, accounts, SIZE);
        accounts.signIn(TestAccounts.STAFF);
        assertThat(exports.callCsv(corpus.callId).length).isGreaterThan(SIZE * 50);
        Measure measure = new Measure(2, 9);
        measure.time("call CSV, " + SIZE + " proposals", () -> exports.callCsv(corpus.callId));
        measure.time("call PDF (French), " + SIZE + " proposals", () -> exports.callPdf(corpus.callId, Locale.FRENCH));
        measure.time("decision record PDF", () -> exports.proposalRecordPdf(corpus.sampleId, Locale.FRENCH));
        measure.time("decision record Markdown", () -> exports.proposalRecordMarkdown(corpus.sampleId, Locale.ENGLISH));
        measure.report("Records on H2 (in memory), " + SIZE + " proposals", "records-h2.md");
        TestAccounts.signOut();
    }
}
