package org.passerelle.proposals;

import static org.passerelle.proposals.ProposalState.ACCEPTED;
import static org.passerelle.proposals.ProposalState.COMPLETED;
import static org.passerelle.proposals.ProposalState.DECLINED;
import static org.passerelle.proposals.ProposalState.DRAFT;
import static org.passerelle.proposals.ProposalState.IN_IMPLEMENTATION;
import static org.passerelle.proposals.ProposalState.IN_REVIEW;
import static org.passerelle.proposals.ProposalState.REVISION_REQUESTED;
import static org.passerelle.proposals.ProposalState.SUBMITTED;
import static org.passerelle.proposals.ProposalState.VOTING;
import static org.passerelle.proposals.ProposalState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what, from which state, in one table (DESIGN.md section 2): authors submit, withdraw and
 * resubmit; staff triage, request a revision, open the vote, record the decision, start the
 * implementation and complete it. Decisions and revision requests need a reason.
 */
public final class ProposalLifecycle {

    /** Who acts on a proposal: one of its co-authors, or the staff. */
    public enum Actor {
        AUTHOR,
        STAFF
    }

    private record Rule(Set<ProposalState> from, ProposalState to, Actor actor, boolean reasonRequired) {}

    private static final Map<ProposalAction, Rule> RULES = Map.of(
            ProposalAction.SUBMIT, new Rule(EnumSet.of(DRAFT), SUBMITTED, Actor.AUTHOR, false),
            ProposalAction.RESUBMIT, new Rule(EnumSet.of(REVISION_REQUESTED), SUBMITTED, Actor.AUTHOR, false),
            ProposalAction.WITHDRAW,
                    new Rule(
                            EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, VOTING, REVISION_REQUESTED),
                            WITHDRAWN,
                            Actor.AUTHOR,
                            false),
            ProposalAction.TRIAGE, new Rule(EnumSet.of(SUBMITTED), IN_REVIEW, Actor.STAFF, false),
            ProposalAction.REQUEST_REVISION,
                    new Rule(EnumSet.of(SUBMITTED, IN_REVIEW, VOTING), REVISION_REQUESTED, Actor.STAFF, true),
            ProposalAction.OPEN_VOTING, new Rule(EnumSet.of(IN_REVIEW), VOTING, Actor.STAFF, false),
            ProposalAction.ACCEPT, new Rule(EnumSet.of(VOTING), ACCEPTED, Actor.STAFF, true),
            ProposalAction.DECLINE, new Rule(EnumSet.of(VOTING), DECLINED, Actor.STAFF, true),
            ProposalAction.START_IMPLEMENTATION, new Rule(EnumSet.of(ACCEPTED), IN_IMPLEMENTATION, Actor.STAFF, false),
            ProposalAction.COMPLETE, new Rule(EnumSet.of(IN_IMPLEMENTATION), COMPLETED, Actor.STAFF, false));

    private ProposalLifecycle() {}

    /** The state the action leads to, when this actor may do it from this state. */
    public static Optional<ProposalState> next(ProposalState from, ProposalAction action, Set<Actor> actors) {
        Rule rule = RULES.get(action);
        if (rule == null || !rule.from().contains(from) || !actors.contains(rule.actor())) {
            return Optional.empty();
        }
        return Optional.of(rule.to());
    }

    /** Whether the action needs a written reason (decisions and revision requests). */
    public static boolean reasonRequired(ProposalAction action) {
        return RULES.get(action).reasonRequired();
    }

    /** The actions these actors may take from this state, for the buttons a view shows. */
    public static Set<ProposalAction> available(ProposalState from, Set<Actor> actors) {
        Set<ProposalAction> actions = EnumSet.noneOf(ProposalAction.class);
        for (ProposalAction action : ProposalAction.values()) {
            if (next(from, action, actors).isPresent()) {
                actions.add(action);
            }
        }
        return actions;
    }
}
