package org.passerelle.discussions.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByMessageIdAndReporterId(long messageId, long reporterId);

    long countByMessageIdAndResolutionIsNull(long messageId);

    List<Report> findByMessageIdAndResolutionIsNull(long messageId);

    List<Report> findBySpaceIdInAndResolutionIsNullOrderByCreatedAtAsc(Collection<Long> spaceIds);

    @Query("select distinct r.spaceId from Report r where r.resolution is null")
    List<Long> spacesWithOpenReports();

    long countBySpaceIdInAndResolutionIsNull(Collection<Long> spaceIds);

    /** How many messages of these spaces have open reports (one indexed count). */
    @Query("select count(distinct r.messageId) from Report r where r.spaceId in :spaceIds and r.resolution is null")
    long countReportedMessages(Collection<Long> spaceIds);
}
