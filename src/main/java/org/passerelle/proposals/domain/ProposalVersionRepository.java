package org.passerelle.proposals.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Versions are appended and read; only an open editing session's version changes (see the record). */
public interface ProposalVersionRepository extends Repository<ProposalVersionRecord, Long> {

    ProposalVersionRecord save(ProposalVersionRecord version);

    List<ProposalVersionRecord> findByProposalIdOrderByNumberDesc(long proposalId);

    Optional<ProposalVersionRecord> findByProposalIdAndNumber(long proposalId, int number);

    /** The latest version of the proposal. */
    Optional<ProposalVersionRecord> findFirstByProposalIdOrderByNumberDesc(long proposalId);

    /** The submitted version of each of these proposals that has one, in one query. */
    @org.springframework.data.jpa.repository.Query(
            "select v from ProposalVersionRecord v, Proposal p where p.id = v.proposalId"
                    + " and v.number = p.submittedVersion and p.id in ?1")
    List<ProposalVersionRecord> submittedVersionsOf(java.util.Collection<Long> proposalIds);
}
