package org.passerelle.voting;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalState;

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

        /** The proposal is left out: the ballot is the object, and its page names the proposal. */
        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.label(kind.messageKey()), AuditFact.flag(secret), AuditFact.instant(closesAt));
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
        public List<AuditFact> facts() {
            return List.of(AuditFact.label(conflict.messageKey()));
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

        /** Nothing in a secret ballot; in an open one the choice (translated) or the scores. */
        @Override
        public List<AuditFact> facts() {
            if (openChoice == null) {
                return List.of();
            }
            return Arrays.stream(Choice.values())
                    .filter(c -> c.name().equals(openChoice))
                    .map(c -> List.of(AuditFact.label(c.messageKey())))
                    .findFirst()
                    .orElse(List.of(AuditFact.text(openChoice)));
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

        /** The reason is empty when the ballot closed at its time. */
        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.number(voters), AuditFact.text(reason));
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
        public List<AuditFact> facts() {
            return List.of(AuditFact.instant(closesAt), AuditFact.text(reason));
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
        public List<AuditFact> facts() {
            return List.of(AuditFact.label(outcomeKey(decision)), AuditFact.text(reason));
        }

        /** A decision read as its outcome ("Accepted", "Acceptée"), not as the button that was pressed ("Accept"). */
        public static String outcomeKey(ProposalAction decision) {
            return switch (decision) {
                case ACCEPT -> ProposalState.ACCEPTED.messageKey();
                case DECLINE -> ProposalState.DECLINED.messageKey();
                case REQUEST_REVISION -> ProposalState.REVISION_REQUESTED.messageKey();
                default -> decision.messageKey();
            };
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
        public List<AuditFact> facts() {
            return List.of(AuditFact.number(accountIds.size()));
        }

        @Override
        public String details() {
            return accountIds.size() + " members";
        }
    }
}
