package org.passerelle.records;

import java.util.List;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalVersionInfo;
import org.passerelle.proposals.ReviewExchange;
import org.passerelle.proposals.SectionDiff.SectionChange;

/**
 * A proposal's decision record: the versions the board read, what changed between the first and the last
 * submitted ones, the review's questions and answers, and the result.
 *
 * @param submittedVersions the versions given to the board, oldest first
 * @param comparedFrom the first submitted version compared, {@code null} when fewer than two were submitted
 * @param lastReason the reason given with the proposal's latest move (e.g. a revision asked), or {@code null}
 */
record ProposalRecord(
        CallSummary call,
        ProposalDecision decision,
        List<ProposalVersionInfo> versions,
        List<Integer> submittedVersions,
        Integer comparedFrom,
        Integer comparedTo,
        List<SectionChange> changes,
        List<ReviewExchange> exchange,
        String lastReason) {}
