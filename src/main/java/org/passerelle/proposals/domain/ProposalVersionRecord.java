package org.passerelle.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One saved version: who, when, which sections changed, and the whole content then. Never changed. */
@Entity
@Immutable
@Table(name = "proposal_version")
public class ProposalVersionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(nullable = false)
    private int number;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_sections", nullable = false, length = 500)
    private String changedSections;

    @Column(name = "content_json", nullable = false, length = 1_000_000)
    private String contentJson;

    protected ProposalVersionRecord() {}

    public ProposalVersionRecord(
            long proposalId, int number, long authorId, Instant createdAt, String changedSections, String contentJson) {
        this.proposalId = proposalId;
        this.number = number;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.changedSections = changedSections;
        this.contentJson = contentJson;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public int getNumber() {
        return number;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getChangedSections() {
        return changedSections;
    }

    public String getContentJson() {
        return contentJson;
    }
}
