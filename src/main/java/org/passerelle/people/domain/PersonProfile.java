package org.passerelle.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.passerelle.base.Sector;

/**
 * A person's public profile, keyed by their account id (one profile per account). The lists are loaded
 * in batches so that a directory page costs a handful of queries, not one per person and list.
 */
@Entity
@Table(name = "person_profile")
public class PersonProfile {

    private static final int BATCH = 100;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(length = 1000)
    private String bio;

    @Column(length = 40)
    private String phone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "in_expert_pool", nullable = false)
    private boolean inExpertPool;

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code", length = 8, nullable = false)
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "person_origin_country", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code", length = 2, nullable = false)
    private Set<String> originCountries = new HashSet<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "person_work_country", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code", length = 2, nullable = false)
    private Set<String> workCountries = new HashSet<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "person_sector", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 32, nullable = false)
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill", length = 40, nullable = false)
    private List<String> skills = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonProfile() {}

    public PersonProfile(long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public boolean isInExpertPool() {
        return inExpertPool;
    }

    public void setInExpertPool(boolean inExpertPool) {
        this.inExpertPool = inExpertPool;
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public void setLanguages(Collection<String> codes) {
        replace(languages, codes);
    }

    public Set<String> getOriginCountries() {
        return Set.copyOf(originCountries);
    }

    public void setOriginCountries(Collection<String> codes) {
        replace(originCountries, codes);
    }

    public Set<String> getWorkCountries() {
        return Set.copyOf(workCountries);
    }

    public void setWorkCountries(Collection<String> codes) {
        replace(workCountries, codes);
    }

    public Set<Sector> getSectors() {
        return sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    }

    public void setSectors(Collection<Sector> chosen) {
        replace(sectors, chosen);
    }

    public List<String> getSkills() {
        return List.copyOf(skills);
    }

    public void setSkills(List<String> tags) {
        replace(skills, tags);
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

    /** Changes the managed collection in place, as Hibernate tracks that instance. */
    private static <T> void replace(Collection<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }
}
