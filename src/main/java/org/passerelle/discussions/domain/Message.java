package org.passerelle.discussions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message of a thread. Deleted by its author: the text is wiped. Hidden by a moderator (with a reason) or
 * automatically when enough reports are open (until a moderator reviews it): the text stays for review.
 */
@Entity
@Table(name = "discussion_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "reply_to_id")
    private Long replyToId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "auto_hidden", nullable = false)
    private boolean autoHidden;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Version
    private long version;

    protected Message() {}

    public Message(long threadId, long authorId, Long replyToId, String body, Instant createdAt) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.replyToId = replyToId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getReplyToId() {
        return replyToId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isAutoHidden() {
        return autoHidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    public void delete() {
        this.deleted = true;
        this.body = "";
    }

    public void hide(long moderatorId, String reason) {
        this.hidden = true;
        this.autoHidden = false;
        this.hiddenBy = moderatorId;
        this.hiddenReason = reason;
    }

    public void hideUntilReviewed() {
        this.autoHidden = true;
    }

    /** Visible again: neither hidden by a moderator nor waiting for review. */
    public void restore() {
        this.hidden = false;
        this.autoHidden = false;
        this.hiddenBy = null;
        this.hiddenReason = null;
    }
}
