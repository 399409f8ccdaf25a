package org.passerelle.voting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotVoteRepository extends JpaRepository<BallotVote, Long> {

    Optional<BallotVote> findByBallotIdAndVoterId(long ballotId, long voterId);

    List<BallotVote> findByBallotIdOrderByIdAsc(long ballotId);

    long countByBallotId(long ballotId);
}
