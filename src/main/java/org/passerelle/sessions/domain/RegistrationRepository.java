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
}
