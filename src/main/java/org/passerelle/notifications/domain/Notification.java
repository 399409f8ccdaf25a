package org.passerelle.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.Topic;

/** What one person is told of one event (at most one per event and person). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationCategory category;

    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "space_id")
    private Long spaceId;

    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false)
    private MailMode mailMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    protected Notification() {}

    public Notification(OutboxEntry event, long recipientId, MailMode mailMode, Instant now) {
        this.eventId = event.getId();
        this.recipientId = recipientId;
        this.topic = event.getTopic();
        this.category = event.getTopic().category();
        this.actorId = event.getActorId();
        this.subjectKind = event.subject().kind();
        this.subjectId = event.subject().id();
        this.spaceId = event.getSpaceId();
        this.detail = event.getDetail();
        this.createdAt = now;
        this.mailMode = mailMode;
        this.mailState = mailMode == MailMode.OFF ? MailState.NONE : MailState.PENDING;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void mailed() {
        mailState = MailState.MAILED;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Topic getTopic() {
        return topic;
    }

    public NotificationCategory getCategory() {
        return category;
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

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public MailMode getMailMode() {
        return mailMode;
    }

    public MailState getMailState() {
        return mailState;
    }
}
