package org.passerelle.proposals.domain;

import java.util.Collection;
import java.util.List;
import org.passerelle.proposals.ProposalState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select count(p) from Proposal p where p.callId = :callId and p.associationId = :associationId"
            + " and p.state not in :ignored")
    long countActive(long callId, long associationId, Collection<ProposalState> ignored);

    @Query("select distinct p from Proposal p join p.authors a where a = :accountId or p.associationId in :associations"
            + " order by p.updatedAt desc")
    List<Proposal> ofPersonOrAssociations(long accountId, Collection<Long> associations);

    List<Proposal> findByCallIdOrderByUpdatedAtDesc(long callId);

    List<Proposal> findByStateInOrderByUpdatedAtAsc(Collection<ProposalState> states);
}
