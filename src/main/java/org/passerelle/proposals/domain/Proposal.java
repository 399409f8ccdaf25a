package org.passerelle.proposals.domain;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.passerelle.proposals.ProposalState;

/**
 * A proposal: its current content (a JSON snapshot of the sections), its state and co-authors. The
 * version column guards against lost updates when two co-authors save at once.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(name = "association_id", nullable = false)
    private Long associationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProposalState state = ProposalState.DRAFT;

    @Column(length = 200)
    private String title;

    @Column(length = 2)
    private String country;

    @Column(nullable = false, length = 500)
    private String sectors = ",";

    @Column(name = "list_title", length = 200)
    private String listTitle;

    @Column(name = "list_title_key", length = 200)
    private String listTitleKey;

    @Column(name = "list_country", length = 2)
    private String listCountry;

    @Column(name = "list_sectors", nullable = false, length = 500)
    private String listSectors = ",";

    @Column(name = "content_json", nullable = false, length = 1_000_000)
    private String contentJson;

    @Column(name = "version_count", nullable = false)
    private int versionCount;

    @Column(name = "submitted_version")
    private Integer submittedVersion;

    @Column(name = "last_reason", length = 4000)
    private String lastReason;

    @Column(name = "impact_summary", length = 20_000)
    private String impactSummary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_author", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> authors = new HashSet<>();

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Proposal() {}

    public Proposal(long callId, long spaceId, long associationId, long createdBy, String contentJson, Instant now) {
        this.callId = callId;
        this.spaceId = spaceId;
        this.associationId = associationId;
        this.createdBy = createdBy;
        this.contentJson = contentJson;
        this.createdAt = now;
        this.updatedAt = now;
        this.authors.add(createdBy);
    }

    /** What lists show for the authors: the current title, country and sectors (as ",A,B,"). */
    public void setCurrentListing(String title, String country, String sectors) {
        this.title = title;
        this.country = country;
        this.sectors = sectors;
        if (submittedVersion == null) {
            setListing(title, country, sectors);
        }
    }

    /** What the call's list shows to everyone: the submitted version's, or the current one before. */
    public void setListing(String title, String country, String sectors) {
        this.listTitle = title;
        this.listTitleKey = title == null ? null : title.toLowerCase(java.util.Locale.ROOT);
        this.listCountry = country;
        this.listSectors = sectors;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public ProposalState getState() {
        return state;
    }

    public void setState(ProposalState state) {
        this.state = state;
    }

    public String getTitle() {
        return title;
    }

    /** The title lists show to everyone (the submitted version's once submitted). */
    public String getListTitle() {
        return listTitle;
    }

    public String getContentJson() {
        return contentJson;
    }

    public void setContent(String title, String contentJson) {
        this.title = title;
        this.contentJson = contentJson;
    }

    public int getVersionCount() {
        return versionCount;
    }

    public int nextVersionNumber() {
        return ++versionCount;
    }

    public Integer getSubmittedVersion() {
        return submittedVersion;
    }

    public void setSubmittedVersion(Integer submittedVersion) {
        this.submittedVersion = submittedVersion;
    }

    public String getLastReason() {
        return lastReason;
    }

    public void setLastReason(String lastReason) {
        this.lastReason = lastReason;
    }

    public String getImpactSummary() {
        return impactSummary;
    }

    public void setImpactSummary(String impactSummary) {
        this.impactSummary = impactSummary;
    }

    public Set<Long> getAuthors() {
        return Set.copyOf(authors);
    }

    public void addAuthor(long accountId) {
        authors.add(accountId);
    }

    public void removeAuthor(long accountId) {
        authors.remove(accountId);
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }
}
