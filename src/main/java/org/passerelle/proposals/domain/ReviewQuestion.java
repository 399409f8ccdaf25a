package org.passerelle.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A review question of the board and, once given, the authors' answer. */
@Entity
@Table(name = "review_question")
public class ReviewQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(name = "asked_by", nullable = false)
    private Long askedBy;

    @Column(nullable = false, length = 4000)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = 8000)
    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ReviewQuestion() {}

    public ReviewQuestion(long proposalId, long askedBy, String question, Instant askedAt) {
        this.proposalId = proposalId;
        this.askedBy = askedBy;
        this.question = question;
        this.askedAt = askedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getAskedBy() {
        return askedBy;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public void answer(String text, long by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
