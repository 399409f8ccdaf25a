package org.passerelle.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.base.Sector;

/** A saved filter of the contact list: a name and its criteria ({@code null} = any). */
@Entity
@Table(name = "contact_segment")
public class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Sector sector;

    @Column(length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Segment() {}

    public Segment(String name, String countryCode, Sector sector, String language, Instant now) {
        this.name = name;
        this.countryCode = countryCode;
        this.sector = sector;
        this.language = language;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Sector getSector() {
        return sector;
    }

    public String getLanguage() {
        return language;
    }
}
