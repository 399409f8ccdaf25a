package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.base.Stage;
import org.passerelle.proposals.ProposalLifecycle.Actor;

/**
 * Every state × action × actor. The table lists the allowed cells (from DESIGN.md section 2, by hand);
 * every other cell must be refused, which the second test checks exhaustively.
 */
class ProposalLifecycleTest {

    private static final String ALLOWED = """
            DRAFT SUBMIT AUTHOR SUBMITTED
            REVISION_REQUESTED RESUBMIT AUTHOR SUBMITTED
            DRAFT WITHDRAW AUTHOR WITHDRAWN
            SUBMITTED WITHDRAW AUTHOR WITHDRAWN
            IN_REVIEW WITHDRAW AUTHOR WITHDRAWN
            VOTING WITHDRAW AUTHOR WITHDRAWN
            REVISION_REQUESTED WITHDRAW AUTHOR WITHDRAWN
            SUBMITTED TRIAGE STAFF IN_REVIEW
            SUBMITTED REQUEST_REVISION STAFF REVISION_REQUESTED
            IN_REVIEW REQUEST_REVISION STAFF REVISION_REQUESTED
            VOTING REQUEST_REVISION STAFF REVISION_REQUESTED
            IN_REVIEW OPEN_VOTING STAFF VOTING
            VOTING ACCEPT STAFF ACCEPTED
            VOTING DECLINE STAFF DECLINED
            ACCEPTED START_IMPLEMENTATION STAFF IN_IMPLEMENTATION
            IN_IMPLEMENTATION COMPLETE STAFF COMPLETED
            """;

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @CsvSource(delimiter = ' ', textBlock = ALLOWED)
    void allowedTransitions(ProposalState from, ProposalAction action, Actor actor, ProposalState to) {
        assertThat(ProposalLifecycle.next(from, action, Set.of(actor))).contains(to);
        Actor other = actor == Actor.AUTHOR ? Actor.STAFF : Actor.AUTHOR;
        assertThat(ProposalLifecycle.next(from, action, Set.of(other)))
                .as("refused for " + other)
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyOtherCellIsRefused() {
        Set<String> allowed = ALLOWED.lines()
                .map(l -> String.join(" ", java.util.Arrays.copyOf(l.split(" "), 3)))
                .collect(java.util.stream.Collectors.toSet());
        int refused = 0;
        for (ProposalState from : ProposalState.values()) {
            for (ProposalAction action : ProposalAction.values()) {
                for (Actor actor : Actor.values()) {
                    if (!allowed.contains(from + " " + action + " " + actor)) {
                        assertThat(ProposalLifecycle.next(from, action, EnumSet.of(actor)))
                                .as(from + " " + action + " " + actor)
                                .isEmpty();
                        refused++;
                    }
                }
            }
        }
        assertThat(refused).isEqualTo(ProposalState.values().length * ProposalAction.values().length * 2 - 16);
    }

    @org.junit.jupiter.api.Test
    void decisionsAndRevisionRequestsNeedAReason() {
        assertThat(ProposalLifecycle.reasonRequired(ProposalAction.ACCEPT)).isTrue();
        assertThat(ProposalLifecycle.reasonRequired(ProposalAction.DECLINE)).isTrue();
        assertThat(ProposalLifecycle.reasonRequired(ProposalAction.REQUEST_REVISION))
                .isTrue();
        assertThat(ProposalLifecycle.reasonRequired(ProposalAction.SUBMIT)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void statesBelongToTheir3EStage() {
        assertThat(ProposalState.DRAFT.stage()).isEqualTo(Stage.ENABLE);
        assertThat(ProposalState.VOTING.stage()).isEqualTo(Stage.ENGAGE);
        assertThat(ProposalState.IN_IMPLEMENTATION.stage()).isEqualTo(Stage.EMPOWER);
        assertThat(ProposalLifecycle.available(ProposalState.VOTING, EnumSet.of(Actor.STAFF)))
                .containsExactlyInAnyOrder(
                        ProposalAction.ACCEPT, ProposalAction.DECLINE, ProposalAction.REQUEST_REVISION);
    }

    @org.junit.jupiter.api.Test
    void authorsRestoreWhereTheProposalWasWithdrawnFromAndFromTheVoteBackToReview() {
        for (ProposalState before : List.of(
                ProposalState.DRAFT,
                ProposalState.SUBMITTED,
                ProposalState.IN_REVIEW,
                ProposalState.REVISION_REQUESTED)) {
            assertThat(ProposalLifecycle.next(
                            ProposalState.WITHDRAWN, ProposalAction.RESTORE, Set.of(Actor.AUTHOR), before))
                    .contains(before);
        }
        assertThat(ProposalLifecycle.next(
                        ProposalState.WITHDRAWN, ProposalAction.RESTORE, Set.of(Actor.AUTHOR), ProposalState.VOTING))
                .contains(ProposalState.IN_REVIEW);
        assertThat(ProposalLifecycle.next(
                        ProposalState.WITHDRAWN, ProposalAction.RESTORE, Set.of(Actor.STAFF), ProposalState.DRAFT))
                .isEmpty();
        assertThat(ProposalLifecycle.next(ProposalState.WITHDRAWN, ProposalAction.RESTORE, Set.of(Actor.AUTHOR)))
                .as("nothing to restore without a withdrawal")
                .isEmpty();
        assertThat(ProposalLifecycle.available(ProposalState.WITHDRAWN, EnumSet.of(Actor.AUTHOR)))
                .containsExactly(ProposalAction.RESTORE);
        assertThat(ProposalLifecycle.RESTORE_WINDOW).isEqualTo(java.time.Duration.ofDays(30));
    }
}
