package org.passerelle.discussions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One person's reaction (an emoji of the fixed set) to a message. */
@Entity
@Table(name = "discussion_reaction")
@IdClass(Reaction.Key.class)
public class Reaction {

    public record Key(Long messageId, Long accountId, String emoji) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(length = 16)
    private String emoji;

    protected Reaction() {}

    public Reaction(long messageId, long accountId, String emoji) {
        this.messageId = messageId;
        this.accountId = accountId;
        this.emoji = emoji;
    }
}
