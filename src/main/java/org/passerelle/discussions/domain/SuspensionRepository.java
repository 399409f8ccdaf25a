package org.passerelle.discussions.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuspensionRepository extends JpaRepository<Suspension, Long> {

    List<Suspension> findBySpaceIdAndAccountIdAndEndsAtAfterOrderByEndsAtDesc(
            long spaceId, long accountId, Instant now);
}
