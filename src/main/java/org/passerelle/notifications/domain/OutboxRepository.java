package org.passerelle.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    @Query("select e.id from OutboxEntry e where e.processedAt is null and e.nextAttemptAt <= :now order by e.id")
    List<Long> pendingIds(@Param("now") Instant now, org.springframework.data.domain.Limit limit);

    long countByProcessedAtIsNull();
}
