package org.passerelle.proposals.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ProposalTransitionRepository extends Repository<ProposalTransitionRecord, Long> {

    ProposalTransitionRecord save(ProposalTransitionRecord transition);

    List<ProposalTransitionRecord> findByProposalIdOrderByIdAsc(long proposalId);
}
