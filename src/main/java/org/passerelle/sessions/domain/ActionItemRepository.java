package org.passerelle.sessions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findBySessionIdOrderByDueOnAscIdAsc(long sessionId);

    List<ActionItem> findByOwnerIdOrderByStatusDescDueOnAscIdAsc(long ownerId);
}
