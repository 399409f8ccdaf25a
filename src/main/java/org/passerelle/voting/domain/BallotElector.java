package org.passerelle.voting.domain;

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
import org.passerelle.voting.Conflict;

/** A member of a ballot's electorate: their declaration and whether they took part, never their choice. */
@Entity
@Table(name = "ballot_elector")
public class BallotElector {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Conflict conflict;

    @Column(name = "conflict_note", length = 1000)
    private String conflictNote;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(nullable = false)
    private boolean voted;

    @Version
    private long version;

    protected BallotElector() {}

    public BallotElector(long ballotId, long accountId) {
        this.ballotId = ballotId;
        this.accountId = accountId;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Conflict getConflict() {
        return conflict;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public boolean isRecused() {
        return conflict != null && conflict.recuses();
    }

    public boolean isVoted() {
        return voted;
    }

    public void declare(Conflict conflict, String note, Instant at) {
        this.conflict = conflict;
        this.conflictNote = note;
        this.declaredAt = at;
    }

    public void setVoted(boolean voted) {
        this.voted = voted;
    }
}
