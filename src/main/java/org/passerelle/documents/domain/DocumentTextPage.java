package org.passerelle.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A slice of at most {@link #MAX_CHARS} characters of an extracted text, with its language when known. */
@Entity
@Table(name = "document_text_page")
@IdClass(DocumentTextPage.Key.class)
public class DocumentTextPage {

    public static final int MAX_CHARS = 16_000;

    @Id
    @Column(name = "text_id")
    private long textId;

    @Id
    @Column(name = "page_no")
    private int pageNo;

    @Column(nullable = false, length = MAX_CHARS)
    private String content;

    /** ISO 639-1 code of the page's language; null when unknown. */
    @Column(length = 16)
    private String language;

    protected DocumentTextPage() {}

    public DocumentTextPage(long textId, int pageNo, String content, String language) {
        this.textId = textId;
        this.pageNo = pageNo;
        this.content = content;
        this.language = language;
    }

    public long getTextId() {
        return textId;
    }

    public int getPageNo() {
        return pageNo;
    }

    public String getContent() {
        return content;
    }

    public String getLanguage() {
        return language;
    }

    public record Key(long textId, int pageNo) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
