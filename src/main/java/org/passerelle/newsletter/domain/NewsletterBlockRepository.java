package org.passerelle.newsletter.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsletterBlockRepository extends JpaRepository<NewsletterBlock, Long> {

    List<NewsletterBlock> findByIssueIdOrderByPositionAscIdAsc(long issueId);
}
