package org.passerelle.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.sessions.ActionStatus;

@Entity
@Table(name = "session_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "due_reminded_at")
    private Instant dueRemindedAt;

    protected ActionItem() {}

    public ActionItem(long sessionId, String title, long ownerId, LocalDate dueOn, Instant now) {
        this.sessionId = sessionId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setStatus(ActionStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    /** Records that the owner was reminded of the due date; false when they already were. */
    public boolean remindDue(Instant now) {
        if (dueRemindedAt != null) {
            return false;
        }
        dueRemindedAt = now;
        return true;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }
}
