package org.passerelle.discussions.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, Long> {

    long countByThreadId(long threadId);

    /** A page of a thread in reading order (oldest first), by position. */
    @Query(
            value =
                    "select * from discussion_message where thread_id = ?1 order by id offset ?2 rows fetch next ?3 rows only",
            nativeQuery = true)
    List<Message> page(long threadId, long offset, int limit);

    /** How many messages come before the given one: its position in the thread. */
    long countByThreadIdAndIdLessThanEqual(long threadId, long messageId);

    /** Messages after the given one not written by this person: what is new to them. */
    long countByThreadIdAndIdGreaterThanAndAuthorIdNot(long threadId, long messageId, long authorId);

    List<Message> findByIdIn(Collection<Long> ids);

    @Query("select max(m.createdAt) from Message m where m.authorId = ?1")
    Optional<Instant> lastPostedBy(long authorId);

    @Query("select max(m.id) from Message m where m.threadId = ?1")
    Optional<Long> lastIdOf(long threadId);

    List<Message> findByThreadIdOrderByIdDesc(long threadId, Limit limit);

    @Query("select m.id from Message m where m.id > ?1 order by m.id")
    List<Long> idsAfter(long after, Limit limit);

    @Query("select m.id from Message m, DiscussionThread t where t.id = m.threadId and t.subjectType = ?1"
            + " and t.subjectId = ?2")
    List<Long> idsAbout(String subjectType, long subjectId);
}
