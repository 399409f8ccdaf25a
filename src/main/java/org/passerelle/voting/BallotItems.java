package org.passerelle.voting;

import java.time.Instant;
import java.util.List;

/** A count of ballots and the first few, as the home page shows them (soonest closing first). */
public record BallotItems(long count, List<Item> top) {

    public BallotItems {
        top = List.copyOf(top);
    }

    /**
     * One ballot: where its quorum stands (participation only, never a choice).
     *
     * @param eligible electors not recused
     * @param voted how many of them voted
     */
    public record Item(
            long ballotId,
            long proposalId,
            String proposalTitle,
            Instant closesAt,
            int quorumPercent,
            long eligible,
            long voted) {

        /** Whether the quorum is reached (the rule of the tallies). */
        public boolean quorumMet() {
            return Tallies.quorumMet(quorumPercent, (int) voted, (int) eligible);
        }

        /** How many more votes the quorum needs (0 when met). */
        public long votesToQuorum() {
            long needed = Math.max(quorumPercent == 0 ? 0 : 1, (quorumPercent * eligible + 99) / 100);
            return Math.max(0, needed - voted);
        }
    }
}
