package org.passerelle.voting;

import java.util.List;
import org.passerelle.calls.Criterion;
import org.passerelle.spaces.SpaceMembership;

/**
 * What staff choose from when they open a ballot on a proposal.
 *
 * @param boardMembers the board members of the proposal's space: the electorate to choose from
 * @param pendingBoardMembers the names of those invited to the space as board members who have not answered yet:
 *     they are not in the electorate (staff are warned, nobody is added)
 * @param criteria the evaluation criteria of the proposal's call, with their weights: what a scoring ballot scores
 */
public record BallotChoices(
        List<SpaceMembership> boardMembers, List<String> pendingBoardMembers, List<Criterion> criteria) {

    public BallotChoices {
        boardMembers = List.copyOf(boardMembers);
        pendingBoardMembers = List.copyOf(pendingBoardMembers);
        criteria = List.copyOf(criteria);
    }
}
