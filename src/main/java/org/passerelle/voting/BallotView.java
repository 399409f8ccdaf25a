package org.passerelle.voting;

import java.time.Instant;
import java.util.List;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;

/**
 * A ballot as one person sees it: its settings, where it stands, how many are recused (and who, in an open
 * ballot), and the person's own part in it.
 *
 * @param myConflict the person's declaration, {@code null} when not declared or not an elector
 * @param myVote the person's current vote while it is stored; {@code null} once a secret ballot closed
 * @param recusedNames who is recused, only in a ballot that is not secret
 * @param decidedAt when staff recorded the decision, {@code null} before
 */
public record BallotView(
        long id,
        long proposalId,
        long callId,
        long spaceId,
        String proposalTitle,
        BallotKind kind,
        boolean reasonRequiredForNo,
        Instant opensAt,
        Instant closesAt,
        int quorumPercent,
        Threshold threshold,
        boolean secret,
        boolean resultsLive,
        BallotState state,
        List<Criterion> criteria,
        int electorateCount,
        int recusedCount,
        int voterCount,
        List<String> recusedNames,
        Instant closedAt,
        String closeReason,
        ProposalAction decision,
        String decisionReason,
        Instant decidedAt,
        boolean elector,
        Conflict myConflict,
        boolean myVoted,
        VoteForm myVote,
        boolean mayVote,
        boolean mayManage,
        boolean resultsVisible) {}
