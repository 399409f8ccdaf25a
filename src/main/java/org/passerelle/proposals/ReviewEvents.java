package org.passerelle.proposals;

import org.passerelle.base.AuditableEvent;

/** The board asked a review question / the authors answered it (for audit and notifications). */
public final class ReviewEvents {

    private ReviewEvents() {}

    public record ReviewQuestionAsked(Long actorId, long proposalId, Long spaceId, long questionId)
            implements AuditableEvent {
        @Override
        public String action() {
            return "proposal.question-asked";
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

    public record ReviewQuestionAnswered(Long actorId, long proposalId, Long spaceId, long questionId)
            implements AuditableEvent {
        @Override
        public String action() {
            return "proposal.question-answered";
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
