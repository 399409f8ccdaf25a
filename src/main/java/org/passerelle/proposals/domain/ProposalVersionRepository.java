package org.passerelle.proposals.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Versions are appended and read, never changed. */
public interface ProposalVersionRepository extends Repository<ProposalVersionRecord, Long> {

    ProposalVersionRecord save(ProposalVersionRecord version);

    List<ProposalVersionRecord> findByProposalIdOrderByNumberDesc(long proposalId);

    Optional<ProposalVersionRecord> findByProposalIdAndNumber(long proposalId, int number);
}
