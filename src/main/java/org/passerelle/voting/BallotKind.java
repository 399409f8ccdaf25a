package org.passerelle.voting;

/** A decision (yes / no / abstain) or a score from 0 to 5 for each criterion of the call. */
public enum BallotKind {
    DECISION,
    SCORING;

    public String messageKey() {
        return "voting.kind." + name();
    }
}
