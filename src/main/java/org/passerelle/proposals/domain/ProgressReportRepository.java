package org.passerelle.proposals.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface ProgressReportRepository extends Repository<ProgressReport, Long> {

    ProgressReport save(ProgressReport report);

    List<ProgressReport> findByProposalIdOrderByReportDateDescIdDesc(long proposalId);
}
