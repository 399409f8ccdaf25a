package org.passerelle.documents;

import java.util.Optional;
import org.passerelle.sessions.SessionNotFoundException;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.springframework.stereotype.Component;

/**
 * A co-creation session's material: who may see the session sees its documents; its facilitators (staff,
 * the space's facilitators) upload and delete them.
 */
@Component
class SessionDocumentOwners implements DocumentOwners {

    private final SessionService sessions;

    SessionDocumentOwners(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public OwnerType type() {
        return OwnerType.SESSION;
    }

    @Override
    public boolean maySee(long sessionId) {
        return session(sessionId).isPresent();
    }

    @Override
    public boolean mayUpload(long sessionId) {
        return session(sessionId).map(SessionSummary::mayFacilitate).orElse(false);
    }

    @Override
    public boolean mayDelete(long sessionId) {
        return mayUpload(sessionId);
    }

    @Override
    public Long associationIdForQuota(long sessionId) {
        return null;
    }

    @Override
    public Long spaceId(long sessionId) {
        return session(sessionId).map(SessionSummary::spaceId).orElse(null);
    }

    private Optional<SessionSummary> session(long sessionId) {
        try {
            return Optional.of(sessions.get(sessionId));
        } catch (SessionNotFoundException hidden) {
            return Optional.empty();
        }
    }
}
