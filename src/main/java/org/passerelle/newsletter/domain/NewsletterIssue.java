package org.passerelle.newsletter.domain;

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
import org.passerelle.newsletter.IssueState;

/** One issue of the newsletter: its subjects, its audience once sent, and the archive of what was sent. */
@Entity
@Table(name = "newsletter_issue")
public class NewsletterIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_en", nullable = false, length = 200)
    private String subjectEn;

    @Column(name = "subject_fr", nullable = false, length = 200)
    private String subjectFr;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private IssueState state;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "segment_id")
    private Long segmentId;

    @Column(name = "to_members", nullable = false)
    private boolean toMembers;

    @Column(name = "sent_by")
    private Long sentBy;

    @Column(name = "send_started_at")
    private Instant sendStartedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "html_en", length = 400000)
    private String htmlEn;

    @Column(name = "text_en", length = 200000)
    private String textEn;

    @Column(name = "html_fr", length = 400000)
    private String htmlFr;

    @Column(name = "text_fr", length = 200000)
    private String textFr;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NewsletterIssue() {}

    public NewsletterIssue(String subjectEn, String subjectFr, long createdBy, Instant now) {
        this.subjectEn = subjectEn;
        this.subjectFr = subjectFr;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.state = IssueState.DRAFT;
    }

    public void setSubjects(String subjectEn, String subjectFr, Instant now) {
        this.subjectEn = subjectEn;
        this.subjectFr = subjectFr;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Freezes the audience and both versions as sent; the mails are queued next. */
    public void startSending(
            Long segmentId,
            boolean toMembers,
            long by,
            Instant now,
            String htmlEn,
            String textEn,
            String htmlFr,
            String textFr) {
        this.segmentId = segmentId;
        this.toMembers = toMembers;
        this.sentBy = by;
        this.sendStartedAt = now;
        this.htmlEn = htmlEn;
        this.textEn = textEn;
        this.htmlFr = htmlFr;
        this.textFr = textFr;
        this.state = IssueState.SENDING;
        this.updatedAt = now;
    }

    public void sent(int recipients, Instant now) {
        this.recipients = recipients;
        this.sentAt = now;
        this.state = IssueState.SENT;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public String getSubjectFr() {
        return subjectFr;
    }

    public IssueState getState() {
        return state;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public boolean isToMembers() {
        return toMembers;
    }

    public Long getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getHtmlEn() {
        return htmlEn;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getHtmlFr() {
        return htmlFr;
    }

    public String getTextFr() {
        return textFr;
    }

    public int getRecipients() {
        return recipients;
    }

    public long getVersion() {
        return version;
    }
}
