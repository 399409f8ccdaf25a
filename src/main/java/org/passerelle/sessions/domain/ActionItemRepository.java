package org.passerelle.sessions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findBySessionIdOrderByDueOnAscIdAsc(long sessionId);

    /** Open items due on or before the day whose owner was not reminded yet, locked (two nodes remind once). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query(
            "select a from ActionItem a where a.status = org.passerelle.sessions.ActionStatus.OPEN"
                    + " and a.dueOn <= :day and a.dueRemindedAt is null order by a.id")
    List<ActionItem> dueWithoutReminder(java.time.LocalDate day);

    List<ActionItem> findByOwnerIdOrderByStatusDescDueOnAscIdAsc(long ownerId);

    /** Open items of the owner in sessions of these spaces. */
    @org.springframework.data.jpa.repository.Query("select count(a) from ActionItem a, CoCreationSession s"
            + " where s.id = a.sessionId and a.ownerId = :ownerId"
            + " and a.status = org.passerelle.sessions.ActionStatus.OPEN and s.spaceId in :spaceIds")
    long countOpen(long ownerId, java.util.Collection<Long> spaceIds);

    /** The same, soonest due first, as {id, session id, session title (English, else French), title, due on}. */
    @org.springframework.data.jpa.repository.Query("select a.id, s.id, coalesce(s.title, s.titleFr), a.title, a.dueOn"
            + " from ActionItem a, CoCreationSession s where s.id = a.sessionId and a.ownerId = :ownerId"
            + " and a.status = org.passerelle.sessions.ActionStatus.OPEN and s.spaceId in :spaceIds"
            + " order by a.dueOn asc, a.id asc")
    List<Object[]> open(long ownerId, java.util.Collection<Long> spaceIds, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select e.id from ActionItem e where e.id > ?1 order by e.id")
    java.util.List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
