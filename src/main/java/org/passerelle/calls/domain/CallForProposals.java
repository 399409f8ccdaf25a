package org.passerelle.calls.domain;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.passerelle.base.Sector;
import org.passerelle.calls.CallState;

@Entity
@Table(name = "call_for_proposals")
public class CallForProposals {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(name = "title_en", length = 150)
    private String titleEn;

    @Column(name = "title_fr", length = 150)
    private String titleFr;

    @Column(name = "description_en", length = 8000)
    private String descriptionEn;

    @Column(name = "description_fr", length = 8000)
    private String descriptionFr;

    @Column(name = "guidance_en", length = 8000)
    private String guidanceEn;

    @Column(name = "guidance_fr", length = 8000)
    private String guidanceFr;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallState state = CallState.DRAFT;

    @Column(name = "verified_only", nullable = false)
    private boolean verifiedOnly;

    @Column(name = "max_per_association", nullable = false)
    private int maxPerAssociation;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a list of calls reads each collection in one query, not one per call
    @CollectionTable(name = "call_country", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "country", length = 2, nullable = false)
    private Set<String> countries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a list of calls reads each collection in one query, not one per call
    @CollectionTable(name = "call_sector", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 40, nullable = false)
    private Set<Sector> sectors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a list of calls reads each collection in one query, not one per call
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<CallCriterion> criteria = new ArrayList<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CallForProposals() {}

    public CallForProposals(long spaceId, Long createdBy, Instant now) {
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setTexts(
            String titleEn,
            String titleFr,
            String descriptionEn,
            String descriptionFr,
            String guidanceEn,
            String guidanceFr) {
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.descriptionEn = descriptionEn;
        this.descriptionFr = descriptionFr;
        this.guidanceEn = guidanceEn;
        this.guidanceFr = guidanceFr;
    }

    public void setRules(LocalDate opensOn, LocalDate closesOn, boolean verifiedOnly, int maxPerAssociation) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.verifiedOnly = verifiedOnly;
        this.maxPerAssociation = maxPerAssociation;
    }

    public void setEligibility(Set<String> countries, Set<Sector> sectors) {
        this.countries.clear();
        this.countries.addAll(countries);
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public void setCriteria(List<CallCriterion> criteria) {
        this.criteria.clear();
        this.criteria.addAll(criteria);
    }

    public Long getId() {
        return id;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public String getGuidanceEn() {
        return guidanceEn;
    }

    public String getGuidanceFr() {
        return guidanceFr;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public CallState getState() {
        return state;
    }

    public void setState(CallState state) {
        this.state = state;
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public int getMaxPerAssociation() {
        return maxPerAssociation;
    }

    public Set<String> getCountries() {
        return Set.copyOf(countries);
    }

    public Set<Sector> getSectors() {
        return sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    }

    public List<CallCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }
}
