package org.passerelle.voting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.voting.Choice;

/**
 * An elector's current vote (unique per ballot and voter). In a secret ballot it lives only while the ballot
 * is open: closing folds it into the tallies and deletes it.
 */
@Entity
@Table(name = "ballot_vote")
public class BallotVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(name = "voter_id", nullable = false)
    private Long voterId;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Choice choice;

    @Column(length = 2000)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_vote_score", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "criterion_index")
    @Column(name = "score", nullable = false)
    private List<Integer> scores = new ArrayList<>();

    @Version
    private long version;

    protected BallotVote() {}

    public BallotVote(long ballotId, long voterId) {
        this.ballotId = ballotId;
        this.voterId = voterId;
    }

    public Long getId() {
        return id;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public Long getVoterId() {
        return voterId;
    }

    public Choice getChoice() {
        return choice;
    }

    public String getReason() {
        return reason;
    }

    public List<Integer> getScores() {
        return List.copyOf(scores);
    }

    /** Whether this vote already says exactly that (a second click changes nothing). */
    public boolean says(Choice choice, String reason, List<Integer> scores) {
        return this.choice == choice && java.util.Objects.equals(this.reason, reason) && this.scores.equals(scores);
    }

    public void set(Choice choice, String reason, List<Integer> scores) {
        this.choice = choice;
        this.reason = reason;
        this.scores.clear();
        this.scores.addAll(scores);
    }
}
