package org.passerelle.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A stored audit line. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, length = 40)
    private String objectType;

    @Column(name = "object_id")
    private Long objectId;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(nullable = false, length = 1000)
    private String details;

    /** The facts as a JSON array; null in rows written before facts were kept. */
    @Column(length = 8000)
    private String facts;

    protected AuditRecord() {}

    public AuditRecord(
            Instant occurredAt,
            Long actorId,
            String action,
            String objectType,
            Long objectId,
            Long spaceId,
            String details,
            String facts) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.spaceId = spaceId;
        this.details = details;
        this.facts = facts;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public Long getObjectId() {
        return objectId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getDetails() {
        return details;
    }

    public String getFacts() {
        return facts;
    }
}
