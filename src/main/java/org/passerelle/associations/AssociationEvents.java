package org.passerelle.associations;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/**
 * The events of the associations module (records named in the past tense), published inside the
 * service's transaction; each is audited. Associations do not live in a space, so {@code spaceId} is null.
 */
public final class AssociationEvents {

    private AssociationEvents() {}

    private interface AssociationEvent extends AuditableEvent {
        long association();

        @Override
        default String objectType() {
            return "association";
        }

        @Override
        default Long objectId() {
            return association();
        }
    }

    /** Staff registered an association; {@code contactId} is its first contact person. */
    public record AssociationRegistered(Long actorId, long association, String name, long contactId)
            implements AssociationEvent {
        @Override
        public String action() {
            return "association.registered";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name), AuditFact.person(contactId));
        }

        @Override
        public String details() {
            return name + " (contact " + contactId + ")";
        }
    }

    public record AssociationUpdated(Long actorId, long association, String name) implements AssociationEvent {
        @Override
        public String action() {
            return "association.updated";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name));
        }
    }

    /** Staff verified the association, or took the verification back ({@code verified} false). */
    public record AssociationVerified(Long actorId, long association, boolean verified) implements AssociationEvent {
        @Override
        public String action() {
            return verified ? "association.verified" : "association.unverified";
        }
    }

    public record AssociationMemberInvited(Long actorId, long association, long inviteeId) implements AssociationEvent {
        @Override
        public String action() {
            return "association.member-invited";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(inviteeId));
        }

        @Override
        public String details() {
            return "invitee " + inviteeId;
        }
    }

    /** The invitee accepted: an active member from now on. */
    public record AssociationMemberJoined(Long actorId, long association, long memberId) implements AssociationEvent {
        @Override
        public String action() {
            return "association.member-joined";
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

    public record AssociationInvitationDeclined(Long actorId, long association, long inviteeId)
            implements AssociationEvent {
        @Override
        public String action() {
            return "association.invitation-declined";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(inviteeId));
        }

        @Override
        public String details() {
            return "invitee " + inviteeId;
        }
    }

    /**
     * A member or a pending invitee is no longer linked to the association: removed by a contact or staff,
     * or left ({@code left} true).
     */
    public record AssociationMemberRemoved(Long actorId, long association, long memberId, boolean left)
            implements AssociationEvent {
        @Override
        public String action() {
            return left ? "association.member-left" : "association.member-removed";
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

    /** A member became a contact person ({@code contact} true) or stopped being one. */
    public record AssociationContactChanged(Long actorId, long association, long memberId, boolean contact)
            implements AssociationEvent {
        @Override
        public String action() {
            return "association.contact-changed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(memberId), AuditFact.flag(contact));
        }

        @Override
        public String details() {
            return "member " + memberId + (contact ? " is now a contact" : " is no longer a contact");
        }
    }
}
