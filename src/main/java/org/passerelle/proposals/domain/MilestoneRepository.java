package org.passerelle.proposals.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByProposalIdOrderByDueOnAscIdAsc(long proposalId);
}
