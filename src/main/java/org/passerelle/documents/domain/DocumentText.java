package org.passerelle.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The extracted text of one document; its characters are in {@link DocumentTextPage}s. */
@Entity
@Table(name = "document_text")
public class DocumentText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "total_chars", nullable = false)
    private long totalChars;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(nullable = false)
    private boolean truncated;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentText() {}

    public DocumentText(long documentId, long totalChars, int pageCount, boolean truncated, Instant createdAt) {
        this.documentId = documentId;
        this.totalChars = totalChars;
        this.pageCount = pageCount;
        this.truncated = truncated;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getTotalChars() {
        return totalChars;
    }

    public int getPageCount() {
        return pageCount;
    }

    public boolean isTruncated() {
        return truncated;
    }
}
