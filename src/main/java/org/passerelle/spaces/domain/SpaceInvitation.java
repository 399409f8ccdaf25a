package org.passerelle.spaces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.spaces.SpaceRole;

@Entity
@Table(name = "space_invitation")
public class SpaceInvitation {

    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SpaceRole role;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SpaceInvitation() {}

    public SpaceInvitation(long spaceId, long accountId, SpaceRole role, Long invitedBy, Instant now) {
        this.spaceId = spaceId;
        this.accountId = accountId;
        this.role = role;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public SpaceRole getRole() {
        return role;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void answer(Status status, Instant now) {
        this.status = status;
        this.answeredAt = now;
    }
}
