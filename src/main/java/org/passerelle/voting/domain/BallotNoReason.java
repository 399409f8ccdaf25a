package org.passerelle.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reason given for "no" in a secret ballot, kept without its author once the ballot closed. */
@Entity
@Table(name = "ballot_no_reason")
public class BallotNoReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected BallotNoReason() {}

    public BallotNoReason(long ballotId, String reason) {
        this.ballotId = ballotId;
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
