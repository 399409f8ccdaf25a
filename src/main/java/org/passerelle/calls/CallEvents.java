package org.passerelle.calls;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** Events of the calls module; each is audited in the call's space. */
public final class CallEvents {

    private CallEvents() {}

    /** {@code details}: the call's title. */
    public record CallCreated(Long actorId, long callId, Long spaceId, String details) implements AuditableEvent {
        @Override
        public String action() {
            return "call.created";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }

        @Override
        public String objectType() {
            return "call";
        }

        @Override
        public Long objectId() {
            return callId;
        }
    }

    /** {@code details}: the call's title. */
    public record CallUpdated(Long actorId, long callId, Long spaceId, String details) implements AuditableEvent {
        @Override
        public String action() {
            return "call.updated";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }

        @Override
        public String objectType() {
            return "call";
        }

        @Override
        public Long objectId() {
            return callId;
        }
    }

    /** A call moved to another state (opened, closed, reopened, decided). */
    public record CallStateChanged(Long actorId, long callId, Long spaceId, CallState from, CallState to)
            implements AuditableEvent {
        @Override
        public String action() {
            return "call.state-changed";
        }

        @Override
        public String objectType() {
            return "call";
        }

        @Override
        public Long objectId() {
            return callId;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.label(from.messageKey()), AuditFact.label(to.messageKey()));
        }

        @Override
        public String details() {
            return from + " -> " + to;
        }
    }
}
