package org.passerelle.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved version: who, when, which sections changed, and the whole content then. Never changed once kept: only
 * the version of an editing session still open (autosaves by one person, see {@code ProposalDrafting}) follows
 * their later autosaves, until an explicit save or a submission keeps it as it is.
 */
@Entity
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

    /** Whether the version was made by autosaves (an editing session) rather than by an explicit save. */
    @Column(nullable = false)
    private boolean autosaved;

    /**
     * When its content was last saved: later than {@code createdAt} when autosaves of its session followed;
     * {@code null} means {@code createdAt} (rows written by bulk imports may leave it out).
     */
    @Column(name = "saved_at")
    private Instant savedAt;

    protected ProposalVersionRecord() {}

    public ProposalVersionRecord(
            long proposalId, int number, long authorId, Instant createdAt, String changedSections, String contentJson) {
        this(proposalId, number, authorId, createdAt, changedSections, contentJson, false);
    }

    public ProposalVersionRecord(
            long proposalId,
            int number,
            long authorId,
            Instant createdAt,
            String changedSections,
            String contentJson,
            boolean autosaved) {
        this.proposalId = proposalId;
        this.number = number;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.savedAt = createdAt;
        this.changedSections = changedSections;
        this.contentJson = contentJson;
        this.autosaved = autosaved;
    }

    /** A later save of the same editing session: the version now holds this content. */
    public void continueSession(String changedSections, String contentJson, Instant at) {
        this.changedSections = changedSections;
        this.contentJson = contentJson;
        this.savedAt = at;
    }

    /** An explicit save ends the editing session: the version is kept as it is from now on. */
    public void keep() {
        this.autosaved = false;
    }

    public boolean isAutosaved() {
        return autosaved;
    }

    public Instant getSavedAt() {
        return savedAt == null ? createdAt : savedAt;
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
