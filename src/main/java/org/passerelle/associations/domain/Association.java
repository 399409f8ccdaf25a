package org.passerelle.associations.domain;

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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;

/** A diaspora association's profile. Members are {@link AssociationMembership} rows. */
@Entity
@Table(name = "association")
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    /** The name as compared for uniqueness (no accents, lower case, single spaces); unique in the schema. */
    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @Column(length = 20)
    private String acronym;

    @Column(length = 4000)
    private String description;

    // Lists load the countries and sectors of many associations at once instead of one query each.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_country", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "country_code", length = 2, nullable = false)
    @BatchSize(size = 100)
    private Set<String> countries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_sector", joinColumns = @JoinColumn(name = "association_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 40, nullable = false)
    @BatchSize(size = 100)
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Residence residence;

    @Column(length = 300)
    private String website;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private Long verifiedBy;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Association() {}

    public Association(Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNormalizedName() {
        return normalizedName;
    }

    public void setName(String name, String normalizedName) {
        this.name = name;
        this.normalizedName = normalizedName;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Sorted country codes. */
    public List<String> getCountries() {
        return countries.stream().sorted().toList();
    }

    public void setCountries(Set<String> countries) {
        this.countries.clear();
        this.countries.addAll(countries);
    }

    public Set<Sector> getSectors() {
        return sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    }

    public void setSectors(Set<Sector> sectors) {
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public Residence getResidence() {
        return residence;
    }

    public void setResidence(Residence residence) {
        this.residence = residence;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getPhone() {
        return phone;
    }

    public void setContactDetails(String website, String contactEmail, String phone) {
        this.website = website;
        this.contactEmail = contactEmail;
        this.phone = phone;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Long getVerifiedBy() {
        return verifiedBy;
    }

    /** Verified by this staff member now, or no longer verified ({@code by} null). */
    public void setVerified(Long by, Instant now) {
        this.verified = by != null;
        this.verifiedBy = by;
        this.verifiedAt = by == null ? null : now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }
}
