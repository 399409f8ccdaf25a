package org.passerelle.audit;

import java.util.List;
import org.passerelle.audit.domain.AuditRecord;
import org.passerelle.base.AuditFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Stored rows as entries: the facts read back from their JSON. */
final class EntryReader {

    private static final Logger log = LoggerFactory.getLogger(EntryReader.class);
    private final JsonMapper json;

    EntryReader(JsonMapper json) {
        this.json = json;
    }

    AuditEntry entry(AuditRecord r) {
        return new AuditEntry(
                r.getId(),
                r.getOccurredAt(),
                r.getActorId(),
                r.getAction(),
                r.getObjectType(),
                r.getObjectId(),
                r.getSpaceId(),
                r.getDetails(),
                facts(r));
    }

    /** The stored facts, or null for a row without (written before facts were kept, or unreadable). */
    private List<AuditFact> facts(AuditRecord r) {
        if (r.getFacts() == null) {
            return null;
        }
        try {
            return List.of(json.readValue(r.getFacts(), AuditFact[].class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            log.warn("Audit entry {}: facts not readable, its details are shown instead", r.getId(), unreadable);
            return null;
        }
    }
}
