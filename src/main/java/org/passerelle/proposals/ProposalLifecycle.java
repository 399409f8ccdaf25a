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

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what, from which state, in one table (DESIGN.md section 2): authors submit, withdraw and
 * resubmit; staff triage, request a revision, open the vote, record the decision, start the
 * implementation and complete it. Decisions and revision requests need a reason.
 *
 * <p>Withdrawing can be undone: the authors <b>restore</b> a withdrawn proposal within {@link #RESTORE_WINDOW} of
 * the withdrawal and while its call is not decided. It comes back to the state it was withdrawn from (the
 * transition records know it), except a proposal withdrawn from {@code VOTING}: its ballot closed when it left the
 * vote and cannot reopen, so it comes back {@code IN_REVIEW}, for the staff to open a new ballot. Restoring to a
 * state the board sees also counts again against the call's limit per association, as a submission does.
 */
public final class ProposalLifecycle {

    /** Who acts on a proposal: one of its co-authors, or the staff. */
    public enum Actor {
        AUTHOR,
        STAFF
    }

    /** How long after the withdrawal the authors may restore their proposal. */
    public static final Duration RESTORE_WINDOW = Duration.ofDays(30);

    /** {@code to} is {@code null} for RESTORE: it depends on the state the proposal was withdrawn from. */
    private record Rule(Set<ProposalState> from, ProposalState to, Actor actor, boolean reasonRequired) {}

    private static final Map<ProposalAction, Rule> RULES = Map.ofEntries(
            Map.entry(ProposalAction.SUBMIT, new Rule(EnumSet.of(DRAFT), SUBMITTED, Actor.AUTHOR, false)),
            Map.entry(
                    ProposalAction.RESUBMIT, new Rule(EnumSet.of(REVISION_REQUESTED), SUBMITTED, Actor.AUTHOR, false)),
            Map.entry(
                    ProposalAction.WITHDRAW,
                    new Rule(
                            EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, VOTING, REVISION_REQUESTED),
                            WITHDRAWN,
                            Actor.AUTHOR,
                            false)),
            Map.entry(ProposalAction.TRIAGE, new Rule(EnumSet.of(SUBMITTED), IN_REVIEW, Actor.STAFF, false)),
            Map.entry(
                    ProposalAction.REQUEST_REVISION,
                    new Rule(EnumSet.of(SUBMITTED, IN_REVIEW, VOTING), REVISION_REQUESTED, Actor.STAFF, true)),
            Map.entry(ProposalAction.OPEN_VOTING, new Rule(EnumSet.of(IN_REVIEW), VOTING, Actor.STAFF, false)),
            Map.entry(ProposalAction.ACCEPT, new Rule(EnumSet.of(VOTING), ACCEPTED, Actor.STAFF, true)),
            Map.entry(ProposalAction.DECLINE, new Rule(EnumSet.of(VOTING), DECLINED, Actor.STAFF, true)),
            Map.entry(
                    ProposalAction.START_IMPLEMENTATION,
                    new Rule(EnumSet.of(ACCEPTED), IN_IMPLEMENTATION, Actor.STAFF, false)),
            Map.entry(ProposalAction.COMPLETE, new Rule(EnumSet.of(IN_IMPLEMENTATION), COMPLETED, Actor.STAFF, false)),
            Map.entry(ProposalAction.RESTORE, new Rule(EnumSet.of(WITHDRAWN), null, Actor.AUTHOR, false)));

    private ProposalLifecycle() {}

    /**
     * The state the action leads to, when this actor may do it from this state; never for RESTORE, whose target
     * depends on the history (see the overload).
     */
    public static Optional<ProposalState> next(ProposalState from, ProposalAction action, Set<Actor> actors) {
        return next(from, action, actors, null);
    }

    /**
     * The state the action leads to, when this actor may do it from this state.
     *
     * @param withdrawnFrom for RESTORE, the state the proposal was withdrawn from ({@code null}: unknown, nothing to
     *     restore); ignored for the other actions
     */
    public static Optional<ProposalState> next(
            ProposalState from, ProposalAction action, Set<Actor> actors, ProposalState withdrawnFrom) {
        if (!allows(from, action, actors)) {
            return Optional.empty();
        }
        Rule rule = RULES.get(action);
        return rule.to() != null
                ? Optional.of(rule.to())
                : Optional.ofNullable(withdrawnFrom).map(ProposalLifecycle::restoredTo);
    }

    /**
     * Where restoring brings back a proposal withdrawn from this state: the same state, but back in review when it
     * was withdrawn from the vote (its ballot closed; the staff open a new one).
     */
    public static ProposalState restoredTo(ProposalState withdrawnFrom) {
        return withdrawnFrom == VOTING ? IN_REVIEW : withdrawnFrom;
    }

    private static boolean allows(ProposalState from, ProposalAction action, Set<Actor> actors) {
        Rule rule = RULES.get(action);
        return rule != null && rule.from().contains(from) && actors.contains(rule.actor());
    }

    /** Accepted or later: the states in which its co-authors may show a proposal on the public outcomes page. */
    private static final Set<ProposalState> PUBLISHABLE = EnumSet.of(ACCEPTED, IN_IMPLEMENTATION, COMPLETED);

    /** Whether a proposal in this state may be on the public outcomes page (its co-authors agreeing). */
    public static boolean publishable(ProposalState state) {
        return PUBLISHABLE.contains(state);
    }

    /** The states of {@link #publishable}, for queries. */
    public static Set<ProposalState> publishableStates() {
        return EnumSet.copyOf(PUBLISHABLE);
    }

    /** Whether the action needs a written reason (decisions and revision requests). */
    public static boolean reasonRequired(ProposalAction action) {
        return RULES.get(action).reasonRequired();
    }

    /** The actions these actors may take from this state, for the buttons a view shows. */
    public static Set<ProposalAction> available(ProposalState from, Set<Actor> actors) {
        Set<ProposalAction> actions = EnumSet.noneOf(ProposalAction.class);
        for (ProposalAction action : ProposalAction.values()) {
            if (allows(from, action, actors)) {
                actions.add(action);
            }
        }
        return actions;
    }
}
