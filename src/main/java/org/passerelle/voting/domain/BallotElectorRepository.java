package org.passerelle.voting.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BallotElectorRepository extends JpaRepository<BallotElector, Long> {

    /** Locks one elector's row: the same person's concurrent clicks run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from BallotElector e where e.ballotId = :ballotId and e.accountId = :accountId")
    Optional<BallotElector> lock(long ballotId, long accountId);

    Optional<BallotElector> findByBallotIdAndAccountId(long ballotId, long accountId);

    List<BallotElector> findByBallotIdOrderByIdAsc(long ballotId);

    List<BallotElector> findByAccountIdAndBallotIdIn(long accountId, java.util.Collection<Long> ballotIds);

    @Query("select e from BallotElector e, Ballot b where e.ballotId = b.id and e.accountId = :accountId"
            + " and b.closedAt is null and e.voted = false"
            + " and (e.conflict is null or e.conflict = org.passerelle.voting.Conflict.NO_CONFLICT)"
            + " order by b.closesAt asc")
    List<BallotElector> awaiting(long accountId);
}
