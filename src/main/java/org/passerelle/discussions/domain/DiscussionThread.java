package org.passerelle.discussions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One thread per subject (a space, a proposal, a session), living in the subject's space. */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 20)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "pinned_message_id")
    private Long pinnedMessageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DiscussionThread() {}

    public DiscussionThread(String subjectType, long subjectId, long spaceId, Instant createdAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.spaceId = spaceId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public Long getPinnedMessageId() {
        return pinnedMessageId;
    }

    public void setPinnedMessageId(Long pinnedMessageId) {
        this.pinnedMessageId = pinnedMessageId;
    }
}
