package org.passerelle.spaces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.passerelle.base.Stage;
import org.passerelle.spaces.AccessMode;

@Entity
@Table(name = "space")
public class Space {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_en", length = 150)
    private String titleEn;

    @Column(name = "title_fr", length = 150)
    private String titleFr;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "description_fr", length = 4000)
    private String descriptionFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_mode", nullable = false, length = 16)
    private AccessMode accessMode;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Space() {}

    public Space(Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
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

    public void setTexts(String titleEn, String titleFr, String descriptionEn, String descriptionFr) {
        this.titleEn = titleEn;
        this.titleFr = titleFr;
        this.descriptionEn = descriptionEn;
        this.descriptionFr = descriptionFr;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(AccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
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
