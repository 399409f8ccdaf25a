package org.passerelle.proposals.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalState;
import org.springframework.stereotype.Repository;

/**
 * Lists of proposals read from their listing columns only, one query per page and one per count,
 * whatever the number of proposals or versions: never the content, never the co-authors.
 */
@Repository
public class ProposalListings {

    /** One row of a list, straight from the proposal table. */
    public record Listed(
            long id,
            long associationId,
            String title,
            ProposalState state,
            String country,
            String sectors,
            Instant updatedAt) {}

    /**
     * Who is reading a call's list: the associations they belong to and whether they may read the
     * submitted proposals of the call's space (staff, members of the space).
     */
    public record Reader(long accountId, Collection<Long> associations, boolean reviewer) {}

    /** Optional filters; null means any. */
    public record Filter(ProposalState state, String sector, String country) {}

    private final EntityManager entityManager;

    ProposalListings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Listed> ofCall(long callId, Reader reader, Filter filter, ProposalOrder order, int offset, int limit) {
        String orderBy = switch (order) {
            case LATEST_CHANGE -> " order by p.updatedAt desc, p.id desc";
            case TITLE_ASCENDING -> " order by p.listTitleKey asc, p.id asc";
            case TITLE_DESCENDING -> " order by p.listTitleKey desc, p.id desc";
        };
        TypedQuery<Listed> query = entityManager.createQuery(
                "select new org.passerelle.proposals.domain.ProposalListings$Listed(p.id, p.associationId, p.listTitle,"
                        + " p.state, p.listCountry, p.listSectors, p.updatedAt) from Proposal p"
                        + where(reader, filter)
                        + orderBy,
                Listed.class);
        bind(callId, reader, filter, query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfCall(long callId, Reader reader, Filter filter) {
        TypedQuery<Long> query =
                entityManager.createQuery("select count(p) from Proposal p" + where(reader, filter), Long.class);
        bind(callId, reader, filter, query::setParameter);
        return query.getSingleResult();
    }

    /** The proposals of these associations or co-authored by this person, with their current title. */
    public List<Listed> ofPersonOrAssociations(long accountId, Collection<Long> associations) {
        return entityManager
                .createQuery(
                        "select new org.passerelle.proposals.domain.ProposalListings$Listed(p.id, p.associationId,"
                                + " p.title, p.state, p.country, p.sectors, p.updatedAt) from Proposal p"
                                + " where p.associationId in :associations or :accountId member of p.authors"
                                + " order by p.updatedAt desc, p.id desc",
                        Listed.class)
                .setParameter("associations", nonEmpty(associations))
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** The ids of the proposals this person co-authors (not those of their associations they do not write). */
    public List<Long> coAuthoredBy(long accountId) {
        return entityManager
                .createQuery("select p.id from Proposal p where :accountId member of p.authors", Long.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** Proposals in these states, oldest change first, as listed to reviewers. */
    public List<Listed> inStates(Collection<ProposalState> states, int limit) {
        return entityManager
                .createQuery(
                        "select new org.passerelle.proposals.domain.ProposalListings$Listed(p.id, p.associationId,"
                                + " p.listTitle, p.state, p.listCountry, p.listSectors, p.updatedAt) from Proposal p"
                                + " where p.state in :states order by p.updatedAt asc, p.id asc",
                        Listed.class)
                .setParameter("states", states)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String where(Reader reader, Filter filter) {
        StringBuilder where = new StringBuilder(" where p.callId = :callId and (p.associationId in :associations"
                + " or :accountId member of p.authors");
        if (reader.reviewer()) {
            where.append(" or p.submittedVersion is not null");
        }
        where.append(")");
        if (filter.state() != null) {
            where.append(" and p.state = :state");
        }
        if (filter.country() != null) {
            where.append(" and p.listCountry = :country");
        }
        if (filter.sector() != null) {
            where.append(" and p.listSectors like :sector escape '!'");
        }
        return where.toString();
    }

    private static void bind(long callId, Reader reader, Filter filter, BiConsumer<String, Object> parameter) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("callId", callId);
        values.put("associations", nonEmpty(reader.associations()));
        values.put("accountId", reader.accountId());
        if (filter.state() != null) {
            values.put("state", filter.state());
        }
        if (filter.country() != null) {
            values.put("country", filter.country());
        }
        if (filter.sector() != null) {
            values.put("sector", "%," + filter.sector().replace("_", "!_") + ",%");
        }
        values.forEach(parameter);
    }

    private static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : new ArrayList<>(ids);
    }
}
