package org.passerelle.discussions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How far one person has read one thread: the last message they have seen. */
@Entity
@Table(name = "discussion_read")
@IdClass(ReadMark.Key.class)
public class ReadMark {

    public record Key(Long threadId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_read_message_id", nullable = false)
    private Long lastReadMessageId;

    protected ReadMark() {}

    public ReadMark(long threadId, long accountId, long lastReadMessageId) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.lastReadMessageId = lastReadMessageId;
    }

    public Long getLastReadMessageId() {
        return lastReadMessageId;
    }

    /** Moves forward only: reading an older page never marks newer messages unread again. */
    public void advanceTo(long messageId) {
        lastReadMessageId = Math.max(lastReadMessageId, messageId);
    }
}
