package org.passerelle.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DataExportRepository extends JpaRepository<DataExport, Long> {

    Optional<DataExport> findFirstByAccountIdOrderByIdDesc(long accountId);

    @Query("select e.id from DataExport e where e.state = 'REQUESTED' order by e.id")
    List<Long> requestedIds();

    @Query("select e from DataExport e where e.expiresAt < :now")
    List<DataExport> expired(Instant now);

    @Query("select e from DataExport e where e.state = 'RUNNING' and e.startedAt < :before")
    List<DataExport> stalled(Instant before);

    List<DataExport> findByAccountId(long accountId);
}
