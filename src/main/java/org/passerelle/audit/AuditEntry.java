package org.passerelle.audit;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.AuditFact;

/**
 * One line of the audit log as readers see it.
 *
 * @param details the details in a few English words, as stored (exports, grep)
 * @param facts the details as typed facts, rendered by {@link AuditTexts}; {@code null} in entries written before
 *     facts were kept, which show their {@code details}
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        Long actorId,
        String action,
        String objectType,
        Long objectId,
        Long spaceId,
        String details,
        List<AuditFact> facts) {}
