package org.passerelle.discussions.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReactionRepository extends JpaRepository<Reaction, Reaction.Key> {

    /** Rows of (message id, emoji, count, whether the reader is among them). */
    @Query("select r.messageId, r.emoji, count(r), sum(case when r.accountId = ?2 then 1 else 0 end)"
            + " from Reaction r where r.messageId in ?1 group by r.messageId, r.emoji")
    List<Object[]> counts(Collection<Long> messageIds, long readerId);
}
