package org.passerelle.proposals;

import java.time.Instant;

/**
 * A proposal in the staff's triage list.
 *
 * @param callTitle the call's title in the reader's language, {@code null} when there is none to show
 * @param submittedAt when it was last submitted
 * @param waitingDays whole days since then
 */
public record TriageRow(
        long id,
        String title,
        ProposalState state,
        long callId,
        String callTitle,
        long associationId,
        String associationName,
        Instant submittedAt,
        long waitingDays) {}
