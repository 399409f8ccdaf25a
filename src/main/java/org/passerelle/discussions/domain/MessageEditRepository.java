package org.passerelle.discussions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageEditRepository extends JpaRepository<MessageEdit, Long> {

    List<MessageEdit> findByMessageIdOrderByIdAsc(long messageId);

    void deleteByMessageId(long messageId);
}
