package org.passerelle.voting;

import java.util.List;

/**
 * A vote: a choice (and a reason, required for "no" when the ballot says so) on a decision ballot, or one
 * score from 0 to 5 per criterion, in the criteria's order, on a scoring ballot.
 */
public record VoteForm(Choice choice, String reason, List<Integer> scores) {

    public static VoteForm decision(Choice choice, String reason) {
        return new VoteForm(choice, reason, List.of());
    }

    public static VoteForm scores(List<Integer> scores) {
        return new VoteForm(null, null, scores);
    }
}
