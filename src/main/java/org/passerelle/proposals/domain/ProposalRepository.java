package org.passerelle.proposals.domain;

import java.util.Collection;
import org.passerelle.proposals.ProposalState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select count(p) from Proposal p where p.callId = :callId and p.associationId = :associationId"
            + " and p.state not in :ignored")
    long countActive(long callId, long associationId, Collection<ProposalState> ignored);

    @org.springframework.data.jpa.repository.Query("select e.id from Proposal e where e.id > ?1 order by e.id")
    java.util.List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
