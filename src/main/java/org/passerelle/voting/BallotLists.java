package org.passerelle.voting;

import java.time.Instant;
import org.passerelle.proposals.ProposalAction;

/** The small records of ballot lists. */
public final class BallotLists {

    private BallotLists() {}

    /** An open ballot where the person has yet to vote. */
    public record AwaitingVote(
            long ballotId, long proposalId, String proposalTitle, Instant closesAt, boolean declared) {}

    /** An elector's declaration as staff see it. */
    public record Declaration(long accountId, String name, Conflict conflict, String note, boolean voted) {}

    /** A proposal in a call's ranking by weighted score. */
    public record RankedProposal(
            long ballotId,
            long proposalId,
            String proposalTitle,
            double weightedTotal,
            int voterCount,
            boolean quorumMet) {}

    /** A ballot in the staff's list. */
    public record BallotLine(
            long ballotId,
            long proposalId,
            String proposalTitle,
            BallotKind kind,
            BallotState state,
            Instant closesAt,
            boolean secret,
            ProposalAction decision) {}

    /** A proposal in VOTING without a ballot in progress: staff may open one. */
    public record ProposalToBallot(long proposalId, long callId, String proposalTitle) {}
}
