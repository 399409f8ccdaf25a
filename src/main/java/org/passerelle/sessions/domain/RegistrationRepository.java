package org.passerelle.sessions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.sessions.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndAccountId(long sessionId, long accountId);

    long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    /** First come, first served: by time of registration, then by id for registrations in the same instant. */
    List<Registration> findBySessionIdOrderByRegisteredAtAscIdAsc(long sessionId);

    List<Registration> findBySessionIdAndStatusOrderByRegisteredAtAscIdAsc(long sessionId, RegistrationStatus status);

    List<Registration> findBySessionIdInAndStatus(Collection<Long> sessionIds, RegistrationStatus status);

    List<Registration> findByAccountId(long accountId);

    /** Registered (not waiting) people per session, as {session id, count}. */
    @org.springframework.data.jpa.repository.Query("select r.sessionId, count(r) from Registration r"
            + " where r.sessionId in :sessionIds and r.status = org.passerelle.sessions.RegistrationStatus.REGISTERED"
            + " group by r.sessionId")
    List<Object[]> countRegistered(Collection<Long> sessionIds);

    List<Registration> findByAccountIdAndSessionIdIn(long accountId, Collection<Long> sessionIds);
}
