package org.passerelle.voting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotState;
import org.passerelle.voting.Threshold;

/** A ballot on one proposal: settings fixed at opening, then the tallies at closing, then the decision. */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(name = "active_proposal_id")
    private Long activeProposalId;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BallotKind kind;

    @Column(name = "no_reason_required", nullable = false)
    private boolean noReasonRequired;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Threshold threshold;

    @Column(nullable = false)
    private boolean secret;

    @Column(name = "results_live", nullable = false)
    private boolean resultsLive;

    @Column(name = "reminder_sent", nullable = false)
    private boolean reminderSent;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "close_reason", length = 1000)
    private String closeReason;

    @Column(name = "electorate_count")
    private Integer electorateCount;

    @Column(name = "recused_count")
    private Integer recusedCount;

    @Column(name = "voter_count")
    private Integer voterCount;

    @Column(name = "yes_count")
    private Integer yesCount;

    @Column(name = "no_count")
    private Integer noCount;

    @Column(name = "abstain_count")
    private Integer abstainCount;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private ProposalAction decision;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_criterion", joinColumns = @JoinColumn(name = "ballot_id"))
    @OrderColumn(name = "criterion_index")
    private List<BallotCriterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected Ballot() {}

    public Ballot(long proposalId, long callId, long spaceId, long createdBy, Instant createdAt) {
        this.proposalId = proposalId;
        this.activeProposalId = proposalId;
        this.callId = callId;
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void configure(
            BallotKind kind,
            boolean noReasonRequired,
            Instant opensAt,
            Instant closesAt,
            int quorumPercent,
            Threshold threshold,
            boolean secret,
            boolean resultsLive,
            List<BallotCriterion> criteria) {
        this.kind = kind;
        this.noReasonRequired = noReasonRequired;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.quorumPercent = quorumPercent;
        this.threshold = threshold;
        this.secret = secret;
        this.resultsLive = resultsLive;
        this.criteria.clear();
        this.criteria.addAll(criteria);
    }

    /** Where the ballot stands at this instant: past its closing time it is closed, swept or not. */
    public BallotState stateAt(Instant now) {
        if (decision != null) {
            return BallotState.DECIDED;
        }
        if (closedAt != null || !now.isBefore(closesAt)) {
            return BallotState.CLOSED;
        }
        return now.isBefore(opensAt) ? BallotState.SCHEDULED : BallotState.OPEN;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void close(Instant at, Long by, String reason) {
        this.closedAt = at;
        this.closedBy = by;
        this.closeReason = reason;
    }

    public void setTallies(int electorate, int recused, int voters, int yes, int no, int abstain) {
        this.electorateCount = electorate;
        this.recusedCount = recused;
        this.voterCount = voters;
        this.yesCount = yes;
        this.noCount = no;
        this.abstainCount = abstain;
    }

    public void extend(Instant newClosing) {
        this.closesAt = newClosing;
        this.reminderSent = false;
    }

    public void markReminderSent() {
        this.reminderSent = true;
    }

    public void decide(ProposalAction decision, String reason, long by, Instant at) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        this.activeProposalId = null;
    }

    /** The proposal left VOTING another way: another ballot may be opened when it comes back. */
    public void release() {
        this.activeProposalId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getActiveProposalId() {
        return activeProposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public BallotKind getKind() {
        return kind;
    }

    public boolean isNoReasonRequired() {
        return noReasonRequired;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public Threshold getThreshold() {
        return threshold;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isResultsLive() {
        return resultsLive;
    }

    public boolean isReminderSent() {
        return reminderSent;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Integer getElectorateCount() {
        return electorateCount;
    }

    public Integer getRecusedCount() {
        return recusedCount;
    }

    public Integer getVoterCount() {
        return voterCount;
    }

    public Integer getYesCount() {
        return yesCount;
    }

    public Integer getNoCount() {
        return noCount;
    }

    public Integer getAbstainCount() {
        return abstainCount;
    }

    public ProposalAction getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<BallotCriterion> getCriteria() {
        return criteria;
    }
}
