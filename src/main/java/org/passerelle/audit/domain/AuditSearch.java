package org.passerelle.audit.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log with filters, newest first (by time, then id), through the indexes of V48: (occurred_at, id),
 * (space_id, occurred_at, id), (actor_id, occurred_at, id), (action, occurred_at, id), so that a page is read from an
 * index in order whichever filter is set, a period included. Read only, like every other access to it.
 */
@Component
public class AuditSearch {

    /**
     * What to read.
     *
     * @param spaceIds the spaces whose entries may be read, or {@code null} for every entry (entries with no space
     *     included); an empty set reads nothing
     * @param from the first instant included, or {@code null}
     * @param until the first instant excluded, or {@code null}
     */
    public record Criteria(
            Collection<Long> spaceIds,
            Long actorId,
            String action,
            String objectType,
            Long spaceId,
            Instant from,
            Instant until) {}

    private final EntityManager entities;

    AuditSearch(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * How many entries there are, counted up to {@code cap + 1}: an exact count of a long log reads every entry
     * (a second on a million under load), while "more than the cap" reads no more than the cap.
     */
    public long count(Criteria criteria, int cap) {
        if (nothing(criteria)) {
            return 0;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<Long> query = entities.createQuery("select r.id from AuditRecord r" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    /** A page, newest first. */
    public List<AuditRecord> page(Criteria criteria, int offset, int limit) {
        return read(criteria, null, offset, limit);
    }

    /**
     * The entries after {@code last} in the newest-first order (from the start when null): exports read on from
     * the last entry they wrote, with no offset to skip.
     */
    public List<AuditRecord> after(Criteria criteria, AuditRecord last, int limit) {
        List<AuditRecord> batch = read(criteria, last, 0, limit);
        // an export reads up to 100,000 rows in one transaction: what was written need not stay in memory
        batch.forEach(entities::detach);
        return batch;
    }

    private List<AuditRecord> read(Criteria criteria, AuditRecord last, int offset, int limit) {
        if (nothing(criteria)) {
            return List.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        if (last != null) {
            where += (where.isEmpty() ? " where" : " and") + " (r.occurredAt, r.id) < (:lastAt, :lastId)";
            parameters.put("lastAt", last.getOccurredAt());
            parameters.put("lastId", last.getId());
        }
        TypedQuery<AuditRecord> query = entities.createQuery(
                "select r from AuditRecord r" + where + " order by r.occurredAt desc, r.id desc", AuditRecord.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The spaces that have entries. One index probe per space (a "loose index scan" on (space_id, id)) rather than
     * reading every entry, so that it stays quick on a long log.
     */
    @SuppressWarnings("unchecked")
    public List<Long> spacesWithEntries() {
        List<Number> found = entities.createNativeQuery("with recursive s (v) as ("
                        + " select min(space_id) from audit_entry"
                        + " union all"
                        + " select (select min(e.space_id) from audit_entry e where e.space_id > s.v) from s"
                        + " where s.v is not null)"
                        + " select v from s where v is not null")
                .getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    /** The actions that have entries, by the same loose index scan on (action, id). */
    @SuppressWarnings("unchecked")
    public List<String> actionsWithEntries() {
        return entities.createNativeQuery("with recursive s (v) as ("
                        + " select min(action) from audit_entry"
                        + " union all"
                        + " select (select min(e.action) from audit_entry e where e.action > s.v) from s"
                        + " where s.v is not null)"
                        + " select v from s where v is not null")
                .getResultList();
    }

    private static boolean nothing(Criteria criteria) {
        return criteria.spaceIds() != null
                && (criteria.spaceIds().isEmpty()
                        || (criteria.spaceId() != null && !criteria.spaceIds().contains(criteria.spaceId())));
    }

    private static String where(Criteria c, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (c.spaceIds() != null && c.spaceId() == null) {
            conditions.add("r.spaceId in :spaceIds");
            parameters.put("spaceIds", c.spaceIds());
        }
        if (c.spaceId() != null) {
            conditions.add("r.spaceId = :spaceId");
            parameters.put("spaceId", c.spaceId());
        }
        if (c.actorId() != null) {
            conditions.add("r.actorId = :actorId");
            parameters.put("actorId", c.actorId());
        }
        if (c.action() != null) {
            conditions.add("r.action = :action");
            parameters.put("action", c.action());
        }
        if (c.objectType() != null) {
            conditions.add("r.objectType = :objectType");
            parameters.put("objectType", c.objectType());
        }
        if (c.from() != null) {
            conditions.add("r.occurredAt >= :from");
            parameters.put("from", c.from());
        }
        if (c.until() != null) {
            conditions.add("r.occurredAt < :until");
            parameters.put("until", c.until());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
