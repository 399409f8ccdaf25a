package org.passerelle.proposals.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.proposals.ProposalState;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ProposalPublicationRepository extends Repository<ProposalPublication, Long> {

    ProposalPublication save(ProposalPublication publication);

    Optional<ProposalPublication> findById(long proposalId);

    /**
     * What the public page may show of each published proposal in one of these states, and nothing else: the
     * title the board read, its country and sectors, its state, the public summaries and when it was accepted.
     * {@code country} and {@code sector} (as {@code %,SECTOR,%}) are {@code null} for any.
     */
    @Query("select new org.passerelle.proposals.domain.ProposalPublicationRepository$PublicRow(p.listTitle,"
            + " p.listCountry, p.listSectors, p.state, pp.summaryEn, pp.summaryFr,"
            + " (select max(t.occurredAt) from ProposalTransitionRecord t where t.proposalId = p.id"
            + " and t.toState = org.passerelle.proposals.ProposalState.ACCEPTED), pp.agreedAt)"
            + " from ProposalPublication pp join Proposal p on p.id = pp.proposalId"
            + " where pp.published = true and p.state in :states"
            + " and (:country is null or p.listCountry = :country)"
            + " and (:sector is null or p.listSectors like :sector escape '!')"
            + " order by pp.agreedAt desc, p.id desc")
    List<PublicRow> published(Collection<ProposalState> states, String country, String sector, Limit limit);

    /** One published proposal's public fields, as stored. */
    record PublicRow(
            String title,
            String country,
            String sectors,
            ProposalState state,
            String summaryEn,
            String summaryFr,
            Instant acceptedAt,
            Instant agreedAt) {}
}
