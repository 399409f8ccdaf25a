package org.passerelle.voting.ui;

import com.vaadin.flow.component.Component;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.voting.BallotResults;
import org.passerelle.voting.Outcome;

/** The words of recording a decision: what the vote said, and what the decision will do. */
final class DecisionWords {

    private DecisionWords() {}

    /** The decision the vote points to: accept when adopted, decline when not; none without a yes/no outcome. */
    static ProposalAction suggested(Outcome outcome) {
        return switch (outcome) {
            case ADOPTED -> ProposalAction.ACCEPT;
            case REJECTED -> ProposalAction.DECLINE;
            case SCORED, NO_QUORUM -> null;
        };
    }

    /** "The vote's outcome: accepted (5 for, 1 against)." */
    static String outcome(Component owner, BallotResults r, java.util.Locale locale) {
        String key = switch (r.outcome()) {
            case ADOPTED -> "voting.decide.outcome.ADOPTED";
            case REJECTED -> "voting.decide.outcome.REJECTED";
            case SCORED -> "voting.decide.outcome.SCORED";
            case NO_QUORUM -> "voting.decide.outcome.NO_QUORUM";
        };
        String weighted = r.weightedTotal() == null ? "" : String.format(locale, "%.2f", r.weightedTotal());
        return owner.getTranslation(key, r.yes(), r.no(), r.abstain(), r.voterCount(), r.eligibleCount(), weighted);
    }

    /** What recording this decision does, and that it is final. */
    static String consequence(Component owner, ProposalAction decision) {
        return owner.getTranslation(
                switch (decision) {
                    case ACCEPT -> "voting.decide.consequence.ACCEPT";
                    case DECLINE -> "voting.decide.consequence.DECLINE";
                    default -> "voting.decide.consequence.REQUEST_REVISION";
                });
    }
}
