package org.passerelle.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.passerelle.base.SubjectKind;
import org.passerelle.documents.ExtractionState;
import org.passerelle.extraction.TextSource;

/**
 * One stored version of a document; its bytes are in the content store under {@link #getSha256()}. Updates write
 * only the columns that changed: the extraction worker and an upload superseding this version change different
 * columns of the same row at the same time, and neither may put back the other's old value.
 */
@Entity
@Table(name = "document")
@DynamicUpdate
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 16)
    private SubjectKind ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 200)
    private String folder;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "association_id")
    private Long associationId;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_state", nullable = false, length = 16)
    private ExtractionState state;

    @Column(name = "failure_key", length = 80)
    private String failureKey;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(nullable = false)
    private boolean damaged;

    @Column(length = 500)
    private String title;

    @Column(length = 300)
    private String author;

    @Column(name = "created_on")
    private Instant createdOn;

    private Integer pages;
    private Integer sheets;
    private Integer slides;

    @Column(length = 16)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_source", length = 16)
    private TextSource textSource;

    /** The languages by share of the text, e.g. {@code fr:92,en:8} (see {@code LanguageShares}). */
    @Column(name = "language_shares", length = 200)
    private String languageShares;

    protected Document() {}

    public Document(
            SubjectKind ownerType,
            long ownerId,
            String folder,
            String name,
            int versionNo,
            String mediaType,
            long size,
            String sha256,
            Long associationId,
            Long spaceId,
            long uploadedBy,
            Instant now) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.folder = folder;
        this.name = name;
        this.versionNo = versionNo;
        this.current = true;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.associationId = associationId;
        this.spaceId = spaceId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.state = ExtractionState.QUEUED;
        this.stateChangedAt = now;
    }

    public void supersede() {
        this.current = false;
    }

    public void extracted(
            String title, String author, Instant created, Integer pages, Integer sheets, Integer slides, String lang) {
        this.title = cut(title, 500);
        this.author = cut(author, 300);
        this.createdOn = created;
        this.pages = pages;
        this.sheets = sheets;
        this.slides = slides;
        this.language = cut(lang, 16);
    }

    /** Where the text came from and its languages by share; both null when the document has no text. */
    public void textFound(TextSource source, String shares) {
        this.textSource = source;
        this.languageShares = shares;
    }

    public void moveTo(ExtractionState state, String failureKey, Instant now) {
        this.state = state;
        this.failureKey = failureKey;
        this.stateChangedAt = now;
    }

    public void markDamaged() {
        this.damaged = true;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public SubjectKind getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getFolder() {
        return folder;
    }

    public String getName() {
        return name;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isCurrent() {
        return current;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public ExtractionState getState() {
        return state;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public boolean isDamaged() {
        return damaged;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedOn() {
        return createdOn;
    }

    public Integer getPages() {
        return pages;
    }

    public Integer getSheets() {
        return sheets;
    }

    public Integer getSlides() {
        return slides;
    }

    public String getLanguage() {
        return language;
    }

    public TextSource getTextSource() {
        return textSource;
    }

    public String getLanguageShares() {
        return languageShares;
    }
}
