package org.passerelle.sessions.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<CoCreationSession, Long> {

    /** The session row locked until the transaction ends: registrations of one session queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CoCreationSession s where s.id = :id")
    Optional<CoCreationSession> findForUpdate(long id);

    /** The space of a session, without loading it (so that a later locking read loads it fresh). */
    @Query("select s.spaceId from CoCreationSession s where s.id = :id")
    Optional<Long> findSpaceIdById(long id);

    List<CoCreationSession> findBySpaceIdInAndEndsAtAfterOrderByStartsAtAsc(Collection<Long> spaceIds, Instant after);

    List<CoCreationSession> findBySpaceIdOrderByStartsAtAsc(long spaceId);

    /** Sessions not ended at {@code now} whose agenda points to one of these proposals, soonest first. */
    @Query("select distinct s from CoCreationSession s join s.agenda a where a.proposalId in :proposalIds"
            + " and s.endsAt > :now order by s.startsAt asc")
    List<CoCreationSession> withProposalsOnAgenda(Collection<Long> proposalIds, Instant now);

    /** The sessions whose agenda points to one of these proposals, ended or not. */
    @Query("select distinct s from CoCreationSession s join s.agenda a where a.proposalId in :proposalIds")
    List<CoCreationSession> anyWithProposalsOnAgenda(Collection<Long> proposalIds);

    /** Sessions that start within the window, for reminders. */
    List<CoCreationSession> findByStateAndStartsAtGreaterThanAndStartsAtLessThanEqual(
            org.passerelle.sessions.SessionState state, Instant from, Instant until);

    /** Scheduled sessions of these spaces not ended at {@code now} that start before {@code until}. */
    @Query(
            "select count(s) from CoCreationSession s where s.spaceId in :spaceIds"
                    + " and s.state = org.passerelle.sessions.SessionState.SCHEDULED and s.endsAt > :now and s.startsAt <= :until")
    long countComing(Collection<Long> spaceIds, Instant now, Instant until);

    @Query("select s from CoCreationSession s where s.spaceId in :spaceIds"
            + " and s.state = org.passerelle.sessions.SessionState.SCHEDULED and s.endsAt > :now and s.startsAt <= :until"
            + " order by s.startsAt asc, s.id asc")
    List<CoCreationSession> coming(
            Collection<Long> spaceIds, Instant now, Instant until, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select e.id from CoCreationSession e where e.id > ?1 order by e.id")
    java.util.List<Long> idsAfter(long after, org.springframework.data.domain.Limit limit);
}
