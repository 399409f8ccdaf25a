package org.passerelle.proposals;

import java.time.Instant;
import java.util.Set;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;

/**
 * A proposal as a list shows it: what the reader may see of it without opening it. In a call's list, once
 * submitted, the title, country and sectors are the submitted version's; in "my proposals", the current ones.
 */
public record ProposalRow(
        long id,
        long associationId,
        String title,
        ProposalState state,
        String country,
        Set<Sector> sectors,
        Instant updatedAt) {

    public ProposalRow {
        sectors = Set.copyOf(sectors);
    }

    public Stage stage() {
        return state.stage();
    }
}
