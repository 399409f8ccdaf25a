package org.passerelle.discussions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's report of a message; open until a moderator hides, restores or dismisses. */
@Entity
@Table(name = "discussion_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(name = "reporter_id", nullable = false)
    private Long reporterId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 20)
    private String resolution;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Report() {}

    public Report(long messageId, long spaceId, long reporterId, String reason, Instant createdAt) {
        this.messageId = messageId;
        this.spaceId = spaceId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void resolve(String resolution, long moderatorId, Instant at) {
        this.resolution = resolution;
        this.resolvedBy = moderatorId;
        this.resolvedAt = at;
    }
}
