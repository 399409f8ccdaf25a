package org.passerelle.spaces;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** The events of the spaces module (records named in the past tense); each is audited. */
public final class SpaceEvents {

    private SpaceEvents() {}

    private interface SpaceEvent extends AuditableEvent {
        long space();

        @Override
        default String objectType() {
            return "space";
        }

        @Override
        default Long objectId() {
            return space();
        }

        @Override
        default Long spaceId() {
            return space();
        }
    }

    /** {@code details}: the space's title. */
    public record SpaceCreated(Long actorId, long space, String details) implements SpaceEvent {
        @Override
        public String action() {
            return "space.created";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }
    }

    /** {@code details}: the space's title. */
    public record SpaceUpdated(Long actorId, long space, String details) implements SpaceEvent {
        @Override
        public String action() {
            return "space.updated";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }
    }

    public record SpaceArchived(Long actorId, long space, boolean archived) implements SpaceEvent {
        @Override
        public String action() {
            return archived ? "space.archived" : "space.restored";
        }
    }

    public record MemberJoined(Long actorId, long space, long memberId, SpaceRole role) implements SpaceEvent {
        @Override
        public String action() {
            return "space.member-joined";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(memberId), AuditFact.label(role.messageKey()));
        }

        @Override
        public String details() {
            return "member " + memberId + " as " + role;
        }
    }

    public record MemberInvited(Long actorId, long space, long inviteeId, SpaceRole role) implements SpaceEvent {
        @Override
        public String action() {
            return "space.member-invited";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(inviteeId), AuditFact.label(role.messageKey()));
        }

        @Override
        public String details() {
            return "invitee " + inviteeId + " as " + role;
        }
    }

    public record InvitationAnswered(Long actorId, long space, boolean accepted) implements SpaceEvent {
        @Override
        public String action() {
            return accepted ? "space.invitation-accepted" : "space.invitation-declined";
        }
    }

    public record MemberRoleChanged(Long actorId, long space, long memberId, SpaceRole from, SpaceRole to)
            implements SpaceEvent {
        @Override
        public String action() {
            return "space.member-role-changed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(
                    AuditFact.person(memberId), AuditFact.label(from.messageKey()), AuditFact.label(to.messageKey()));
        }

        @Override
        public String details() {
            return "member " + memberId + ": " + from + " -> " + to;
        }
    }

    public record MemberRemoved(Long actorId, long space, long memberId, boolean left) implements SpaceEvent {
        @Override
        public String action() {
            return left ? "space.member-left" : "space.member-removed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(memberId));
        }

        @Override
        public String details() {
            return "member " + memberId;
        }
    }
}
