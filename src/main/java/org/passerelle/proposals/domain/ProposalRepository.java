package org.passerelle.proposals.domain;

import java.util.Collection;
import org.passerelle.proposals.ProposalState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select count(p) from Proposal p where p.callId = :callId and p.associationId = :associationId"
            + " and p.state not in :ignored")
    long countActive(long callId, long associationId, Collection<ProposalState> ignored);

    /** Proposals with their co-authors, in one query (lists and access questions ask many at once). */
    @Query("select distinct p from Proposal p left join fetch p.authors where p.id in :ids")
    java.util.List<Proposal> findWithAuthors(Collection<Long> ids);
}
