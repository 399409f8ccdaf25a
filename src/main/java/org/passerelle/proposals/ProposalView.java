package org.passerelle.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Stage;

/**
 * A proposal as one person sees it. Reviewers see the frozen submitted version; authors see the current one.
 *
 * @param submittedAt when the version the board reads was submitted (the latest submission), {@code null} for a draft
 * @param lockVersion pass it back when saving: a save based on an older one is a conflict
 */
public record ProposalView(
        long id,
        long callId,
        long spaceId,
        long associationId,
        ProposalState state,
        ProposalContent content,
        int versionNumber,
        Integer submittedVersion,
        Instant submittedAt,
        List<Long> authorIds,
        Set<Section> missingSections,
        boolean mayEdit,
        Set<ProposalAction> availableActions,
        String lastReason,
        long lockVersion) {

    public Stage stage() {
        return state.stage();
    }
}
