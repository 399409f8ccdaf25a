package org.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.passerelle.base.Sector;
import org.passerelle.proposals.ProposalFilter;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ReviewService;
import org.springframework.context.ApplicationContext;

/** What the call's list and the proposal page ask of the services, timed. */
final class ServiceActions {

    private ServiceActions() {}

    static void measure(Measure measure, ApplicationContext context, ProposalCorpus corpus) throws Exception {
        ProposalService proposals = context.getBean(ProposalService.class);
        ReviewService reviews = context.getBean(ReviewService.class);
        // each run as a new request would make it: nothing remembered from the run before (Karibu keeps one
        // request for a whole test)
        org.passerelle.base.RoundTripMemo memo = context.getBean(org.passerelle.base.RoundTripMemo.class);
        long call = corpus.callId;
        assertThat(proposals.countOfCall(call, ProposalFilter.ANY)).isGreaterThan(corpus.size / 2);
        measure.time("service: call's list, count + first page of 50", () -> {
            memo.forget();
            proposals.countOfCall(call, ProposalFilter.ANY);
            return proposals.ofCall(call, ProposalFilter.ANY, ProposalOrder.LATEST_CHANGE, 0, 50);
        });
        ProposalFilter filter = new ProposalFilter(ProposalState.IN_REVIEW, Sector.HEALTH, "RW");
        measure.time("service: call's list filtered by state, sector and country", () -> {
            memo.forget();
            proposals.countOfCall(call, filter);
            return proposals.ofCall(call, filter, ProposalOrder.LATEST_CHANGE, 0, 50);
        });
        measure.time("service: call's list by title, page at row 5,000", () -> {
            memo.forget();
            return proposals.ofCall(
                    call, ProposalFilter.ANY, ProposalOrder.TITLE_ASCENDING, Math.min(5_000, corpus.size / 2), 50);
        });
        measure.time("service: open a submitted proposal (proposal, history, review exchange)", () -> {
            memo.forget();
            proposals.get(corpus.sampleId);
            proposals.history(corpus.sampleId);
            reviews.mayRead(corpus.sampleId);
            reviews.mayAsk(corpus.sampleId);
            return reviews.exchange(corpus.sampleId);
        });
    }
}
