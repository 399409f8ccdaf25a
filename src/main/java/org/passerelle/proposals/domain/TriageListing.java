package org.passerelle.proposals.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.passerelle.proposals.ProposalState;
import org.springframework.stereotype.Repository;

/**
 * The staff's triage list in one query: each proposal in the given states with its call, association and when it
 * was last submitted (from its transitions, joined in the same query), oldest submission first.
 */
@Repository
public class TriageListing {

    /**
     * One row straight from the tables.
     *
     * @param submittedAt when the proposal last arrived in SUBMITTED; its last change if no transition says so
     */
    public record Waiting(
            long id, long callId, long associationId, String title, ProposalState state, Instant submittedAt) {}

    private final EntityManager entityManager;

    TriageListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Waiting> inStates(Collection<ProposalState> states, int limit) {
        return entityManager
                .createQuery(
                        "select new org.passerelle.proposals.domain.TriageListing$Waiting(p.id, p.callId,"
                                + " p.associationId, p.listTitle, p.state, coalesce(t.occurredAt, p.updatedAt))"
                                + " from Proposal p left join ProposalTransitionRecord t on t.proposalId = p.id"
                                + " and t.id = (select max(s.id) from ProposalTransitionRecord s"
                                + " where s.proposalId = p.id and s.toState = :submitted)"
                                + " where p.state in :states"
                                + " order by coalesce(t.occurredAt, p.updatedAt) asc, p.id asc",
                        Waiting.class)
                .setParameter("submitted", ProposalState.SUBMITTED)
                .setParameter("states", states)
                .setMaxResults(limit)
                .getResultList();
    }
}
