package org.passerelle.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ui.ProposalPage;

/**
 * Benchmark, not part of the test suite (run it with {@code ./mvnw -Pbench test}): 10,000 proposals with
 * three versions each in one call, on H2 in memory; the server time of the call's list and of opening a
 * proposal, through the services and through the real views (Karibu builds them in this JVM).
 */
class ProposalsBenchmark extends KaribuTest {

    static final int SIZE = Integer.getInteger("bench.proposals", 10_000);

    @Test
    void callListAndProposalPage() throws Exception {
        ProposalCorpus corpus = ProposalCorpus.create(context, accounts, SIZE);
        signIn(TestAccounts.STAFF);
        Measure measure = new Measure(100, 300);
        ServiceActions.measure(measure, context, corpus);
        // Karibu keeps one request for the whole test: forget what it remembered, as a new request would
        org.passerelle.base.RoundTripMemo memo = context.getBean(org.passerelle.base.RoundTripMemo.class);
        measure.time("view: call's list, first page of 50", () -> {
            memo.forget();
            navigate("calls/" + corpus.callId + "/proposals");
            return GridKt._fetch(_get(Grid.class), 0, 50).size();
        });
        measure.time("view: open a proposal (page with review and history)", () -> {
            memo.forget();
            navigate("proposals/" + corpus.sampleId);
            return _get(ProposalPage.class).getPageTitle();
        });
        navigate("calls/" + corpus.callId + "/proposals");
        assertThat(GridKt._fetch(_get(Grid.class), 0, 50)).hasSize(50);
        measure.report("Proposals on H2 (in memory), " + SIZE + " proposals", "proposals-h2.md");
    }
}
