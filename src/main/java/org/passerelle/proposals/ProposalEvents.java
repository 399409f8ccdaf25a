package org.passerelle.proposals;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** Events of the proposals module, for audit, notifications and search. */
public final class ProposalEvents {

    private ProposalEvents() {}

    /** Any transition of a proposal; specific listeners look at {@code to}. */
    public record ProposalTransitioned(
            Long actorId,
            long proposalId,
            Long spaceId,
            ProposalAction actionTaken,
            ProposalState from,
            ProposalState to)
            implements AuditableEvent {
        @Override
        public String action() {
            return "proposal."
                    + actionTaken.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        @Override
        public String objectType() {
            return "proposal";
        }

        @Override
        public Long objectId() {
            return proposalId;
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

    /** An author added a member of the association as co-author. */
    public record CoAuthorAdded(Long actorId, long proposalId, Long spaceId, long coAuthorId)
            implements AuditableEvent {
        @Override
        public String action() {
            return "proposal.co-author-added";
        }

        @Override
        public String objectType() {
            return "proposal";
        }

        @Override
        public Long objectId() {
            return proposalId;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.person(coAuthorId));
        }

        @Override
        public String details() {
            return "account " + coAuthorId;
        }
    }

    /** A proposal was submitted (or resubmitted): its frozen version is {@code version}. */
    public record ProposalSubmitted(long proposalId, long spaceId, int version) {}

    /** The staff recorded the decision on a proposal (accepted, declined or revision requested after the vote). */
    public record ProposalDecided(long proposalId, long spaceId, ProposalState outcome, String reason) {}
}
