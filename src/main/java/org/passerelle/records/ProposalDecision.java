package org.passerelle.records;

import java.time.Instant;
import org.passerelle.base.Stage;
import org.passerelle.proposals.ProposalState;
import org.passerelle.voting.BallotResults;
import org.passerelle.voting.BallotView;

/**
 * One proposal of an export as the reader may see it: where it stands, its latest ballot (if any) and that
 * ballot's results (if the reader may see them).
 *
 * @param ballot the latest ballot, {@code null} when none was opened or the reader may not see it
 * @param results {@code null} while hidden from the reader (an open secret ballot) or without a ballot
 */
record ProposalDecision(
        long proposalId,
        String title,
        String association,
        ProposalState state,
        BallotView ballot,
        BallotResults results) {

    Stage stage() {
        return state.stage();
    }

    /** Whether staff recorded a decision on the ballot; otherwise the export says "no decision yet". */
    boolean decided() {
        return ballot != null && ballot.decision() != null;
    }

    String decisionReason() {
        return decided() ? ballot.decisionReason() : null;
    }

    Instant decidedAt() {
        return decided() ? ballot.decidedAt() : null;
    }
}
