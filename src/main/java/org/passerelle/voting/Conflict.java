package org.passerelle.voting;

/** An elector's declaration of conflicts of interest; both kinds of conflict recuse the elector. */
public enum Conflict {
    NO_CONFLICT,
    CONFLICT,
    /** A member of the proposing association: recused without asking. */
    AUTOMATIC;

    public boolean recuses() {
        return this != NO_CONFLICT;
    }

    public String messageKey() {
        return "voting.conflict." + name();
    }
}
