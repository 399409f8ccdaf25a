package org.passerelle.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.Topic;

/**
 * An event to notify, written in the transaction that made the change; fanned out after the commit and then
 * marked processed. A failed fan-out is retried later with a growing delay.
 */
@Entity
@Table(name = "notification_event")
public class OutboxEntry {

    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "space_id")
    private Long spaceId;

    /** The people the event names itself (a reminder's, a mention's), comma-separated; else empty. */
    private String recipients;

    /** A short value the text shows (a new state, a date) or its link needs (a ballot's proposal), never personal data. */
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxEntry() {}

    public OutboxEntry(
            Topic topic,
            Long actorId,
            SubjectRef subject,
            Long spaceId,
            String recipients,
            String detail,
            Instant now) {
        this.topic = topic;
        this.actorId = actorId;
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.spaceId = spaceId;
        this.recipients = recipients;
        this.detail = detail;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void processed(Instant now) {
        processedAt = now;
    }

    /** Counts a failed fan-out: retried after 30 s, 1 min, 2 min… and given up after {@value #MAX_ATTEMPTS}. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            processedAt = now;
        } else {
            nextAttemptAt = now.plus(Duration.ofSeconds(30L << (attempts - 1)));
        }
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Long getActorId() {
        return actorId;
    }

    public SubjectRef subject() {
        return new SubjectRef(subjectKind, subjectId);
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
