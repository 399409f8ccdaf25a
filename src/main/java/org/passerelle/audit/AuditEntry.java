package org.passerelle.audit;

import java.time.Instant;

/** One line of the audit log as readers see it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        Long actorId,
        String action,
        String objectType,
        Long objectId,
        Long spaceId,
        String details) {}
