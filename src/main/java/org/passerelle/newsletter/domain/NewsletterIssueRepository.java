package org.passerelle.newsletter.domain;

import java.util.List;
import org.passerelle.newsletter.IssueState;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsletterIssueRepository extends JpaRepository<NewsletterIssue, Long> {

    List<NewsletterIssue> findAllByOrderByIdDesc();

    List<NewsletterIssue> findByStateOrderBySentAtDescIdDesc(IssueState state);

    List<NewsletterIssue> findByState(IssueState state);
}
