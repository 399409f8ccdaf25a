package org.passerelle.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A dated progress report of the authors (Markdown), optionally about one milestone of the same proposal;
 * reports are added, never changed.
 */
@Entity
@Immutable
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(nullable = false, length = 20_000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "milestone_id")
    private Long milestoneId;

    protected ProgressReport() {}

    public ProgressReport(
            long proposalId, long authorId, LocalDate reportDate, String text, Long milestoneId, Instant createdAt) {
        this.proposalId = proposalId;
        this.authorId = authorId;
        this.reportDate = reportDate;
        this.text = text;
        this.milestoneId = milestoneId;
        this.createdAt = createdAt;
    }

    public Long getProposalId() {
        return proposalId;
    }

    /** The milestone this report is about, or {@code null}. */
    public Long getMilestoneId() {
        return milestoneId;
    }

    public Long getId() {
        return id;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public String getText() {
        return text;
    }
}
