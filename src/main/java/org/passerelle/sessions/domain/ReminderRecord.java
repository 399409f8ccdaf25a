package org.passerelle.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That the reminder of one registration was raised (so it is raised once). */
@Entity
@Table(name = "session_reminder")
public class ReminderRecord {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected ReminderRecord() {}

    public ReminderRecord(long registrationId, Instant raisedAt) {
        this.registrationId = registrationId;
        this.raisedAt = raisedAt;
    }

    public Long getRegistrationId() {
        return registrationId;
    }
}
