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
}
