package org.passerelle.voting;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.calls.Criterion;
import org.passerelle.voting.BallotResults.CriterionResult;
import org.passerelle.voting.BallotResults.NamedVote;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotCriterion;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotVote;

/** Counting: from the stored votes (live, or at closing) or from the tallies kept on a closed ballot. */
final class Tallies {

    private Tallies() {}

    /** Counts the votes of the electors who are not recused and writes the tallies on the ballot. */
    static void fold(Ballot ballot, List<BallotElector> electors, List<BallotVote> votes) {
        Counts counts = count(ballot, electors, votes);
        ballot.setTallies(counts.electorate, counts.recused, counts.voters, counts.yes, counts.no, counts.abstain);
        for (int i = 0; i < ballot.getCriteria().size(); i++) {
            ballot.getCriteria().get(i).setScores(counts.sums[i], counts.scored[i]);
        }
    }

    /** Live results of an open ballot, computed from the votes as they stand. */
    static BallotResults live(
            Ballot ballot, List<BallotElector> electors, List<BallotVote> votes, List<NamedVote> named) {
        Counts c = count(ballot, electors, votes);
        List<String> reasons = votes.stream()
                .filter(v -> v.getChoice() == Choice.NO && v.getReason() != null)
                .map(BallotVote::getReason)
                .sorted()
                .toList();
        return results(ballot, c, reasons, named, false);
    }

    /** Final results, from the tallies written at closing. */
    static BallotResults stored(Ballot ballot, List<String> noReasons, List<NamedVote> named) {
        Counts c = new Counts(ballot.getCriteria().size());
        c.electorate = ballot.getElectorateCount();
        c.recused = ballot.getRecusedCount();
        c.voters = ballot.getVoterCount();
        c.yes = ballot.getYesCount();
        c.no = ballot.getNoCount();
        c.abstain = ballot.getAbstainCount();
        for (int i = 0; i < c.sums.length; i++) {
            BallotCriterion criterion = ballot.getCriteria().get(i);
            c.sums[i] = criterion.getScoreSum() == null ? 0 : criterion.getScoreSum();
            c.scored[i] = criterion.getScoreCount() == null ? 0 : criterion.getScoreCount();
        }
        return results(ballot, c, noReasons, named, true);
    }

    static boolean quorumMet(int quorumPercent, int voters, int eligible) {
        return 100L * voters >= (long) quorumPercent * eligible && (quorumPercent == 0 || voters > 0);
    }

    private static BallotResults results(
            Ballot ballot, Counts c, List<String> reasons, List<NamedVote> named, boolean closed) {
        int eligible = c.electorate - c.recused;
        boolean quorum = quorumMet(ballot.getQuorumPercent(), c.voters, eligible);
        List<CriterionResult> criteria = new ArrayList<>();
        double weighted = 0;
        int weights = 0;
        boolean anyScore = false;
        for (int i = 0; i < c.sums.length; i++) {
            BallotCriterion stored = ballot.getCriteria().get(i);
            double average = c.scored[i] == 0 ? 0 : (double) c.sums[i] / c.scored[i];
            anyScore |= c.scored[i] > 0;
            criteria.add(new CriterionResult(
                    new Criterion(stored.getNameEn(), stored.getNameFr(), stored.getWeight()), c.scored[i], average));
            weighted += average * stored.getWeight();
            weights += stored.getWeight();
        }
        Double total = ballot.getKind() == BallotKind.SCORING && anyScore
                ? (weights == 0
                        ? criteria.stream()
                                .mapToDouble(CriterionResult::average)
                                .average()
                                .orElse(0)
                        : weighted / weights)
                : null;
        Outcome outcome;
        if (!quorum) {
            outcome = Outcome.NO_QUORUM;
        } else if (ballot.getKind() == BallotKind.SCORING) {
            outcome = Outcome.SCORED;
        } else {
            outcome = ballot.getThreshold().passes(c.yes, c.no) ? Outcome.ADOPTED : Outcome.REJECTED;
        }
        return new BallotResults(
                ballot.getId(),
                ballot.getKind(),
                c.electorate,
                c.recused,
                eligible,
                c.voters,
                ballot.getQuorumPercent(),
                quorum,
                c.yes,
                c.no,
                c.abstain,
                List.copyOf(criteria),
                total,
                ballot.getThreshold(),
                outcome,
                reasons,
                named,
                closed);
    }

    private static Counts count(Ballot ballot, List<BallotElector> electors, List<BallotVote> votes) {
        Counts c = new Counts(ballot.getCriteria().size());
        c.electorate = electors.size();
        List<Long> recused = electors.stream()
                .filter(BallotElector::isRecused)
                .map(BallotElector::getAccountId)
                .toList();
        c.recused = recused.size();
        for (BallotVote vote : votes) {
            if (recused.contains(vote.getVoterId())) {
                continue; // withdrawn on declaration; never counted
            }
            c.voters++;
            if (vote.getChoice() == Choice.YES) {
                c.yes++;
            } else if (vote.getChoice() == Choice.NO) {
                c.no++;
            } else if (vote.getChoice() == Choice.ABSTAIN) {
                c.abstain++;
            }
            List<Integer> scores = vote.getScores();
            for (int i = 0; i < Math.min(scores.size(), c.sums.length); i++) {
                c.sums[i] += scores.get(i);
                c.scored[i]++;
            }
        }
        return c;
    }

    private static final class Counts {
        int electorate;
        int recused;
        int voters;
        int yes;
        int no;
        int abstain;
        final int[] sums;
        final int[] scored;

        Counts(int criteria) {
            sums = new int[criteria];
            scored = new int[criteria];
        }
    }
}
