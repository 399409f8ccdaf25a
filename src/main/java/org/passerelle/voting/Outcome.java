package org.passerelle.voting;

/** What the tallies say: for decisions adopted or rejected under the threshold; for scores, scored. */
public enum Outcome {
    ADOPTED,
    REJECTED,
    SCORED,
    NO_QUORUM;

    public String messageKey() {
        return "voting.outcome." + name();
    }
}
