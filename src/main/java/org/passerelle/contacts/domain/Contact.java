package org.passerelle.contacts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.passerelle.base.Sector;

/**
 * One external contact. Ids come from a sequence (50 at a time) rather than an identity column so that an import
 * of thousands of rows is written in JDBC batches.
 */
@Entity
@Table(name = "contact")
public class Contact {

    private static final int BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String organisation;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "email_key", nullable = false, length = 254)
    private String emailKey;

    @Column(name = "mail_language", nullable = false, length = 2)
    private String mailLanguage;

    @Column(nullable = false)
    private boolean consent;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_source", length = 200)
    private String consentSource;

    @Column(name = "consent_withdrawn_at")
    private Instant consentWithdrawnAt;

    @Column(length = 2000)
    private String notes;

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "contact_sector", joinColumns = @JoinColumn(name = "contact_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 32, nullable = false)
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "contact_language", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "code", length = 2, nullable = false)
    private Set<String> languages = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contact() {}

    public Contact(String email, Instant now) {
        setEmail(email);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The key that makes an address unique whatever its case. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email.strip();
        this.emailKey = emailKey(email);
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }

    public boolean isConsent() {
        return consent;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public Instant getConsentWithdrawnAt() {
        return consentWithdrawnAt;
    }

    /** Consent given (again): when and where. */
    public void giveConsent(Instant at, String source) {
        this.consent = true;
        this.consentAt = at;
        this.consentSource = source;
        this.consentWithdrawnAt = null;
    }

    /** Consent withdrawn: the date and source of the consent given are kept, as the record of what was withdrawn. */
    public void withdrawConsent(Instant at) {
        this.consent = false;
        this.consentWithdrawnAt = at;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(Collection<Sector> sectors) {
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public void setLanguages(Collection<String> languages) {
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
