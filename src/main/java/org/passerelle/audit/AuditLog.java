package org.passerelle.audit;

import java.time.Clock;
import java.util.List;
import org.passerelle.audit.domain.AuditRecord;
import org.passerelle.audit.domain.AuditRepository;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records auditable events and lets staff read them. Recording joins the publisher's transaction: the
 * entry and the change commit or roll back together.
 */
@Service
public class AuditLog {

    static final int DETAILS_MAX = 1000;
    static final int FACTS_MAX = 8000;
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private final AuditRepository records;
    private final Clock clock;
    private final JsonMapper json;
    private final EntryReader reader;

    AuditLog(AuditRepository records, Clock clock, JsonMapper json) {
        this.records = records;
        this.clock = clock;
        this.json = json;
        this.reader = new EntryReader(json);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditableEvent event) {
        String details = event.details() == null ? "" : event.details();
        if (details.length() > DETAILS_MAX) {
            details = details.substring(0, DETAILS_MAX - 1) + "…";
        }
        List<AuditFact> facts = event.facts() == null ? List.of() : event.facts();
        String factsJson = json.writeValueAsString(facts);
        if (factsJson.length() > FACTS_MAX) {
            // cannot happen with facts of bounded text; should it, the entry shows its English details instead
            log.warn("Audit facts of {} too long ({} characters): not kept", event.action(), factsJson.length());
            factsJson = null;
        }
        records.save(new AuditRecord(
                clock.instant(),
                event.actorId(),
                event.action(),
                event.objectType(),
                event.objectId(),
                event.spaceId(),
                details,
                factsJson));
    }

    /** The latest entries of a space, newest first (staff only). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> ofSpace(long spaceId, int limit) {
        return records.findBySpaceIdOrderByIdDesc(spaceId, PageRequest.of(0, limit)).stream()
                .map(this::entry)
                .toList();
    }

    /** The latest entries about one object, newest first (staff only). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> ofObject(String objectType, long objectId, int limit) {
        return records.findByObjectTypeAndObjectIdOrderByIdDesc(objectType, objectId, PageRequest.of(0, limit)).stream()
                .map(this::entry)
                .toList();
    }

    /** The latest entries of the whole workspace, newest first (staff only). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return records.findAllByOrderByIdDesc(PageRequest.of(0, limit)).stream()
                .map(this::entry)
                .toList();
    }

    private AuditEntry entry(AuditRecord r) {
        return reader.entry(r);
    }
}
