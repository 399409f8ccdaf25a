package org.passerelle.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalState;

/** One step of a proposal's history: who moved it from which state to which, when, and why. */
@Entity
@Immutable
@Table(name = "proposal_transition")
public class ProposalTransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProposalAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 24)
    private ProposalState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 24)
    private ProposalState toState;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Column(length = 4000)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** How long the proposal stayed in {@code fromState}, in seconds (for the pipeline's medians). */
    @Column(name = "stay_seconds")
    private Long staySeconds;

    protected ProposalTransitionRecord() {}

    public ProposalTransitionRecord(
            long proposalId,
            ProposalAction action,
            ProposalState from,
            ProposalState to,
            long actorId,
            String reason,
            Instant at,
            long staySeconds) {
        this.proposalId = proposalId;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actorId = actorId;
        this.reason = reason;
        this.occurredAt = at;
        this.staySeconds = staySeconds;
    }

    public ProposalAction getAction() {
        return action;
    }

    public ProposalState getFromState() {
        return fromState;
    }

    public ProposalState getToState() {
        return toState;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
