package org.passerelle.proposals;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** The co-authors' agreement to show their proposal on the public outcomes page, given and withdrawn. */
public final class PublicationEvents {

    private PublicationEvents() {}

    /** A co-author agreed to publish the proposal (or changed its public summary), in these languages. */
    public record ProposalPublished(Long actorId, long proposalId, Long spaceId, boolean english, boolean french)
            implements AuditableEvent {
        @Override
        public String action() {
            return "proposal.published";
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
            return List.of(AuditFact.label("proposals.publication.languages." + languages()));
        }

        @Override
        public String details() {
            return "summary in " + languages();
        }

        private String languages() {
            return english && french ? "both" : english ? "en" : "fr";
        }
    }

    /** A co-author withdrew the agreement: the proposal left the public page. */
    public record ProposalUnpublished(Long actorId, long proposalId, Long spaceId) implements AuditableEvent {
        @Override
        public String action() {
            return "proposal.unpublished";
        }

        @Override
        public String objectType() {
            return "proposal";
        }

        @Override
        public Long objectId() {
            return proposalId;
        }
    }
}
