package org.passerelle.proposals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;

/**
 * The 3E pipeline as one reader may see it: how many proposals are in each state per call, how long they stay
 * in each state, how many are accepted, where and in which sectors, and how many milestones are late.
 *
 * @param medianDays median days spent in a state, over the stays that ended (a state never left is absent)
 * @param stays how many ended stays each median is computed from
 * @param acceptedByCountry accepted projects (accepted, in implementation, completed) by country code
 * @param acceptedBySector the same by sector (a project of several sectors counts in each)
 */
public record PipelineFigures(
        List<CallRow> calls,
        Map<ProposalState, Double> medianDays,
        Map<ProposalState, Long> stays,
        Map<String, Long> acceptedByCountry,
        Map<Sector, Long> acceptedBySector,
        long lateMilestones) {

    /** How many proposals of one call (of one space) are in each state. */
    public record CallRow(long spaceId, long callId, Map<ProposalState, Long> byState) {

        public long inState(ProposalState state) {
            return byState.getOrDefault(state, 0L);
        }

        public long inStage(Stage stage) {
            return byState.entrySet().stream()
                    .filter(e -> stageOf(e.getKey()) == stage)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        public long total() {
            return byState.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The pipeline's stage of a state: Enable drafting, Engage from submission to the decision, Empower once
     * accepted; declined and withdrawn proposals left the pipeline (null).
     */
    public static Stage stageOf(ProposalState state) {
        return switch (state) {
            case DRAFT -> Stage.ENABLE;
            case SUBMITTED, IN_REVIEW, VOTING, REVISION_REQUESTED -> Stage.ENGAGE;
            case ACCEPTED, IN_IMPLEMENTATION, COMPLETED -> Stage.EMPOWER;
            case DECLINED, WITHDRAWN -> null;
        };
    }

    /** All calls together, state by state. */
    public Map<ProposalState, Long> totals() {
        Map<ProposalState, Long> sum = new EnumMap<>(ProposalState.class);
        calls.forEach(row -> row.byState().forEach((state, n) -> sum.merge(state, n, Long::sum)));
        return sum;
    }

    /** Accepted (or later) among the decided ones (accepted or declined), in percent; null before any decision. */
    public Double acceptanceRate() {
        Map<ProposalState, Long> t = totals();
        long accepted = t.getOrDefault(ProposalState.ACCEPTED, 0L)
                + t.getOrDefault(ProposalState.IN_IMPLEMENTATION, 0L)
                + t.getOrDefault(ProposalState.COMPLETED, 0L);
        long decided = accepted + t.getOrDefault(ProposalState.DECLINED, 0L);
        return decided == 0 ? null : 100.0 * accepted / decided;
    }
}
