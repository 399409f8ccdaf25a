package org.passerelle.voting.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotNoReasonRepository extends JpaRepository<BallotNoReason, Long> {

    List<BallotNoReason> findByBallotIdOrderByIdAsc(long ballotId);
}
