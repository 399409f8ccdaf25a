package org.passerelle.calls;

import org.passerelle.base.AuditableEvent;

/** Events of the calls module; each is audited in the call's space. */
public final class CallEvents {

    private CallEvents() {}

    public record CallCreated(Long actorId, long callId, Long spaceId, String details) implements AuditableEvent {
        @Override
        public String action() {
            return "call.created";
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

    public record CallUpdated(Long actorId, long callId, Long spaceId, String details) implements AuditableEvent {
        @Override
        public String action() {
            return "call.updated";
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
        public String details() {
            return from + " -> " + to;
        }
    }
}
