package org.passerelle.sessions;

import java.util.List;
import java.util.Map;

/**
 * What a reader of a session's action items sees and may do about milestones.
 *
 * @param linked per action item that became a milestone, the proposal it is a milestone of (its title is
 *     {@code null} when the reader may not see that proposal)
 * @param proposals the proposals on the agenda that the reader may give milestones to now (staff facilitating the
 *     session; the proposal accepted or in implementation); empty for everyone else
 */
public record ActionItemMilestoneChoices(Map<Long, ProposalChoice> linked, List<ProposalChoice> proposals) {

    public ActionItemMilestoneChoices {
        linked = Map.copyOf(linked);
        proposals = List.copyOf(proposals);
    }
}
