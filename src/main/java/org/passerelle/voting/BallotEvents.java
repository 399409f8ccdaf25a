package org.passerelle.voting;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.AuditableEvent;
import org.passerelle.proposals.ProposalAction;

/**
 * Events of the voting module (audit, notifications). None carries a choice of a secret ballot: {@link
 * VoteCast#details()} names the choice only when the ballot is open to view.
 */
public final class BallotEvents {

    private BallotEvents() {}

    /** The parts every ballot event shares for the audit log. */
    interface BallotEvent extends AuditableEvent {
        long ballotId();

        @Override
        default String objectType() {
            return "ballot";
        }

        @Override
        default Long objectId() {
            return ballotId();
        }
    }

    public record BallotOpened(
            Long actorId,
            long ballotId,
            long proposalId,
            Long spaceId,
            BallotKind kind,
            boolean secret,
            Instant closesAt)
            implements BallotEvent {
        @Override
        public String action() {
            return "ballot.opened";
        }

        @Override
        public String details() {
            return "proposal " + proposalId + ", " + kind + (secret ? ", secret" : ", open") + ", closes " + closesAt;
        }
    }

    public record ConflictDeclared(Long actorId, long ballotId, Long spaceId, Conflict conflict)
            implements BallotEvent {
        @Override
        public String action() {
            return "ballot.conflict-declared";
        }

        @Override
        public String details() {
            return conflict.name();
        }
    }

    /**
     * A vote was cast or changed. {@code openChoice} is what was chosen in a ballot that is not secret, and
     * always {@code null} in a secret one.
     */
    public record VoteCast(Long actorId, long ballotId, Long spaceId, boolean changed, String openChoice)
            implements BallotEvent {
        @Override
        public String action() {
            return changed ? "ballot.vote-changed" : "ballot.vote-cast";
        }

        @Override
        public String details() {
            return openChoice == null ? "" : openChoice;
        }
    }

    /** A vote was withdrawn because its voter declared a conflict. */
    public record VoteWithdrawn(Long actorId, long ballotId, Long spaceId) implements BallotEvent {
        @Override
        public String action() {
            return "ballot.vote-withdrawn";
        }
    }

    /** Closed at its time ({@code actorId} null) or early by staff, with their reason. */
    public record BallotClosed(Long actorId, long ballotId, long proposalId, Long spaceId, int voters, String reason)
            implements BallotEvent {
        @Override
        public String action() {
            return "ballot.closed";
        }

        @Override
        public String details() {
            return voters + " voters" + (reason == null ? "" : ", " + reason);
        }
    }

    public record BallotExtended(Long actorId, long ballotId, Long spaceId, Instant closesAt, String reason)
            implements BallotEvent {
        @Override
        public String action() {
            return "ballot.extended";
        }

        @Override
        public String details() {
            return closesAt + ", " + reason;
        }
    }

    public record BallotDecisionRecorded(
            Long actorId, long ballotId, long proposalId, Long spaceId, ProposalAction decision, String reason)
            implements BallotEvent {
        @Override
        public String action() {
            return "ballot.decision-recorded";
        }

        @Override
        public String details() {
            return decision + ", " + reason;
        }
    }

    /**
     * Closing is 24 hours away: the notifications module reminds these electors, who have not voted (recused
     * members left out).
     */
    public record BallotReminderDue(
            long ballotId, long proposalId, Long spaceId, Instant closesAt, List<Long> accountIds)
            implements BallotEvent {
        @Override
        public Long actorId() {
            return null;
        }

        @Override
        public String action() {
            return "ballot.reminder-due";
        }

        @Override
        public String details() {
            return accountIds.size() + " members";
        }
    }
}
