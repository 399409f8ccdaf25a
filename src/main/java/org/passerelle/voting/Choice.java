package org.passerelle.voting;

/** The choices of a decision ballot. */
public enum Choice {
    YES,
    NO,
    ABSTAIN;

    public String messageKey() {
        return "voting.choice." + name();
    }
}
