package org.passerelle.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The co-authors' agreement to show their accepted proposal on the public outcomes page, with its public summary.
 * Withdrawn, the row stays (who withdrew and when) but the proposal leaves the page; agreed again, it comes back.
 */
@Entity
@Table(name = "proposal_publication")
public class ProposalPublication {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "summary_en", length = 1000)
    private String summaryEn;

    @Column(name = "summary_fr", length = 1000)
    private String summaryFr;

    @Column(name = "agreed_by")
    private Long agreedBy;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ProposalPublication() {}

    public ProposalPublication(long proposalId) {
        this.proposalId = proposalId;
    }

    /** Agreed (again) by this co-author, with these summaries (either may be {@code null}, not both). */
    public void agree(long accountId, String english, String french, Instant now) {
        this.published = true;
        this.summaryEn = english;
        this.summaryFr = french;
        this.agreedBy = accountId;
        this.agreedAt = now;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
    }

    public void withdraw(long accountId, Instant now) {
        this.published = false;
        this.withdrawnBy = accountId;
        this.withdrawnAt = now;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public boolean isPublished() {
        return published;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getSummaryFr() {
        return summaryFr;
    }

    public Long getAgreedBy() {
        return agreedBy;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public Long getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
