package org.passerelle.discussions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier text of an edited message. */
@Entity
@Table(name = "discussion_message_edit")
public class MessageEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected MessageEdit() {}

    public MessageEdit(long messageId, String body, Instant replacedAt) {
        this.messageId = messageId;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public String getBody() {
        return body;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
