package org.passerelle.voting;

/** What a decision needs to pass, counted over yes + no (abstentions take part but do not count). */
public enum Threshold {
    SIMPLE_MAJORITY,
    TWO_THIRDS;

    /** Whether these counts pass; nothing passes without a single yes or no. */
    public boolean passes(int yes, int no) {
        int counted = yes + no;
        if (counted == 0) {
            return false;
        }
        return switch (this) {
            case SIMPLE_MAJORITY -> 2L * yes > counted;
            case TWO_THIRDS -> 3L * yes >= 2L * counted;
        };
    }

    public String messageKey() {
        return "voting.threshold." + name();
    }
}
