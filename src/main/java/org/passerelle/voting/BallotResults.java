package org.passerelle.voting;

import java.util.List;
import org.passerelle.calls.Criterion;

/**
 * The results of a ballot: participation against the quorum, the counts or the weighted scores, and the
 * outcome. {@code votes} names who chose what, only in a ballot that is not secret.
 *
 * @param eligibleCount the electorate without the recused members, the base of the quorum
 * @param weightedTotal for scoring: the criteria's average scores weighted by their weights (0–5)
 * @param noReasons the reasons given for "no"; in a secret ballot without names, in alphabetical order
 * @param closed whether these are final (false: live results of an open ballot)
 */
public record BallotResults(
        long ballotId,
        BallotKind kind,
        int electorateCount,
        int recusedCount,
        int eligibleCount,
        int voterCount,
        int quorumPercent,
        boolean quorumMet,
        int yes,
        int no,
        int abstain,
        List<CriterionResult> criteria,
        Double weightedTotal,
        Threshold threshold,
        Outcome outcome,
        List<String> noReasons,
        List<NamedVote> votes,
        boolean closed) {

    /** The participation as a share of the eligible electorate, 0–100. */
    public double participationPercent() {
        return eligibleCount == 0 ? 0 : 100.0 * voterCount / eligibleCount;
    }

    public record CriterionResult(Criterion criterion, int scoreCount, double average) {}

    /** One elector's vote in a ballot that is not secret. */
    public record NamedVote(String voterName, Choice choice, List<Integer> scores, String reason) {}
}
