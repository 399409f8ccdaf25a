package org.passerelle.proposals;

import java.time.Instant;

/**
 * That a withdrawn proposal may be restored now, by the person who asks (see {@link ProposalLifecycle}).
 *
 * @param target the state it comes back to
 * @param withdrawnFrom the state it was withdrawn from (VOTING when it comes back in review)
 * @param until when the chance to restore it ends
 */
public record Restoration(ProposalState target, ProposalState withdrawnFrom, Instant until) {}
