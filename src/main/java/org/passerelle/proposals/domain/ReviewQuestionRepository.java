package org.passerelle.proposals.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewQuestionRepository extends JpaRepository<ReviewQuestion, Long> {

    List<ReviewQuestion> findByProposalIdOrderByIdAsc(long proposalId);
}
