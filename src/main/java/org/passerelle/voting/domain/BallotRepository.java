package org.passerelle.voting.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BallotRepository extends JpaRepository<Ballot, Long> {

    /**
     * The ballot's row lock for voting and declaring: votes, declarations and closing take it in turn, so
     * a vote is either in the tallies or refused as closed. It is exclusive on purpose: with a shared lock,
     * PostgreSQL lets new votes join the holders while the closing waits, and the closing would wait for
     * the last vote of a busy ballot; an exclusive lock is granted in order. A vote holds it for a few
     * milliseconds, which a board of 20–50 members never notices.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Ballot b where b.id = :id")
    Optional<Ballot> lockForVote(long id);

    /** The exclusive lock of closing, extending and deciding. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Ballot b where b.id = :id")
    Optional<Ballot> lockExclusive(long id);

    Optional<Ballot> findByActiveProposalId(long proposalId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Ballot b where b.activeProposalId = :proposalId")
    Optional<Ballot> lockByActiveProposalId(long proposalId);

    List<Ballot> findByProposalIdOrderByIdDesc(long proposalId);

    List<Ballot> findByProposalIdIn(java.util.Collection<Long> proposalIds);

    List<Ballot> findByCallIdAndKind(long callId, org.passerelle.voting.BallotKind kind);

    List<Ballot> findByActiveProposalIdIsNotNullOrderByClosesAtAsc();

    @Query("select b.id from Ballot b where b.closedAt is null and b.closesAt <= :now")
    List<Long> dueToClose(Instant now);

    @Query("select b.id from Ballot b where b.closedAt is null and b.reminderSent = false"
            + " and b.closesAt > :now and b.closesAt <= :limit and b.opensAt <= :now")
    List<Long> dueForReminder(Instant now, Instant limit);
}
