package org.passerelle.associations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.associations.MemberStatus;

/** A person's link to an association: invited, then active; possibly one of its contact people. */
@Entity
@Table(name = "association_membership")
public class AssociationMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "association_id", nullable = false)
    private Long associationId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Column(nullable = false)
    private boolean contact;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AssociationMembership() {}

    public AssociationMembership(
            long associationId, long accountId, MemberStatus status, boolean contact, Long invitedBy, Instant now) {
        this.associationId = associationId;
        this.accountId = accountId;
        this.status = status;
        this.contact = contact;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public void activate() {
        this.status = MemberStatus.ACTIVE;
    }

    public boolean isContact() {
        return contact;
    }

    public void setContact(boolean contact) {
        this.contact = contact;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
