package org.passerelle.spaces.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Repository;

/** A space's members a page at a time, in the order they joined (the space page's list reads only what is shown). */
@Repository
public class SpaceMemberPages {

    private final EntityManager entityManager;

    SpaceMemberPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<SpaceMember> page(long spaceId, int offset, int limit) {
        return entityManager
                .createQuery(
                        "select m from SpaceMember m where m.spaceId = :space order by m.joinedAt, m.id",
                        SpaceMember.class)
                .setParameter("space", spaceId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(long spaceId) {
        return entityManager
                .createQuery("select count(m) from SpaceMember m where m.spaceId = :space", Long.class)
                .setParameter("space", spaceId)
                .getSingleResult();
    }
}
