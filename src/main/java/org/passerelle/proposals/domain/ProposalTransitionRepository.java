package org.passerelle.proposals.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ProposalTransitionRepository extends Repository<ProposalTransitionRecord, Long> {

    ProposalTransitionRecord save(ProposalTransitionRecord transition);

    List<ProposalTransitionRecord> findByProposalIdOrderByIdAsc(long proposalId);

    /** When the proposal's latest transition happened (empty before the first). */
    @org.springframework.data.jpa.repository.Query(
            "select max(t.occurredAt) from ProposalTransitionRecord t where t.proposalId = :proposalId")
    java.util.Optional<java.time.Instant> lastOccurredAt(long proposalId);

    /** When the proposal last came into this state (empty if it never did). */
    @org.springframework.data.jpa.repository.Query(
            "select max(t.occurredAt) from ProposalTransitionRecord t where t.proposalId = :proposalId"
                    + " and t.toState = :state")
    java.util.Optional<java.time.Instant> lastArrivalIn(long proposalId, org.passerelle.proposals.ProposalState state);
}
