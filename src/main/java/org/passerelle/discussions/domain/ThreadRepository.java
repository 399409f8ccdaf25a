package org.passerelle.discussions.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ThreadRepository extends JpaRepository<DiscussionThread, Long> {

    Optional<DiscussionThread> findBySubjectTypeAndSubjectId(String subjectType, long subjectId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from DiscussionThread t where t.id = ?1")
    Optional<DiscussionThread> lockById(long id);
}
