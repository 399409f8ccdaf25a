package org.passerelle.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** That an action item became a milestone of a proposal; at most one per action item (its id is the key). */
@Entity
@Immutable
@Table(name = "session_action_milestone")
public class ActionItemMilestone {

    @Id
    @Column(name = "action_item_id")
    private Long actionItemId;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionItemMilestone() {}

    public ActionItemMilestone(long actionItemId, long proposalId, long milestoneId, long createdBy, Instant now) {
        this.actionItemId = actionItemId;
        this.proposalId = proposalId;
        this.milestoneId = milestoneId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getActionItemId() {
        return actionItemId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }
}
