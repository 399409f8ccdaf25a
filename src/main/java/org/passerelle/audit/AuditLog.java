package org.passerelle.audit;

import java.time.Clock;
import java.util.List;
import org.passerelle.audit.domain.AuditRecord;
import org.passerelle.audit.domain.AuditRepository;
import org.passerelle.base.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records auditable events and lets staff read them. Recording joins the publisher's transaction: the
 * entry and the change commit or roll back together.
 */
@Service
public class AuditLog {

    static final int DETAILS_MAX = 1000;
    private final AuditRepository records;
    private final Clock clock;

    AuditLog(AuditRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditableEvent event) {
        String details = event.details() == null ? "" : event.details();
        if (details.length() > DETAILS_MAX) {
            details = details.substring(0, DETAILS_MAX - 1) + "…";
        }
        records.save(new AuditRecord(
                clock.instant(),
                event.actorId(),
                event.action(),
                event.objectType(),
                event.objectId(),
                event.spaceId(),
                details));
    }

    /** The latest entries of a space, newest first (staff only). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> ofSpace(long spaceId, int limit) {
        return records.findBySpaceIdOrderByIdDesc(spaceId, PageRequest.of(0, limit)).stream()
                .map(AuditLog::entry)
                .toList();
    }

    /** The latest entries about one object, newest first (staff only). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> ofObject(String objectType, long objectId, int limit) {
        return records.findByObjectTypeAndObjectIdOrderByIdDesc(objectType, objectId, PageRequest.of(0, limit)).stream()
                .map(AuditLog::entry)
                .toList();
    }

    /** The latest entries of the whole workspace, newest first (staff only). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return records.findAllByOrderByIdDesc(PageRequest.of(0, limit)).stream()
                .map(AuditLog::entry)
                .toList();
    }

    private static AuditEntry entry(AuditRecord r) {
        return new AuditEntry(
                r.getId(),
                r.getOccurredAt(),
                r.getActorId(),
                r.getAction(),
                r.getObjectType(),
                r.getObjectId(),
                r.getSpaceId(),
                r.getDetails());
    }
}
