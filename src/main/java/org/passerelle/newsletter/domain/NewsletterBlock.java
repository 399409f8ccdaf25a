package org.passerelle.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A block of an issue: a call, a project or a session drawn from the app ({@code refId}), or free Markdown text in
 * English and French. The kind is stored by name (see {@code org.passerelle.newsletter.BlockKind}).
 */
@Entity
@Table(name = "newsletter_block")
public class NewsletterBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private Long issueId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Column(name = "ref_id")
    private Long refId;

    @Column(name = "text_en", length = 20000)
    private String textEn;

    @Column(name = "text_fr", length = 20000)
    private String textFr;

    protected NewsletterBlock() {}

    public NewsletterBlock(long issueId, int position, String kind, Long refId, String textEn, String textFr) {
        this.issueId = issueId;
        this.position = position;
        this.kind = kind;
        this.refId = refId;
        this.textEn = textEn;
        this.textFr = textFr;
    }

    public void setTexts(String textEn, String textFr) {
        this.textEn = textEn;
        this.textFr = textFr;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getIssueId() {
        return issueId;
    }

    public int getPosition() {
        return position;
    }

    public String getKind() {
        return kind;
    }

    public Long getRefId() {
        return refId;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextFr() {
        return textFr;
    }
}
