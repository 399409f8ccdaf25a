package org.passerelle.proposals;

import java.util.List;
import org.passerelle.base.Bilingual;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;

/**
 * A project as the public outcomes page shows it, to anyone: only what its co-authors agreed to publish. No id,
 * no names, no e-mail, no document, no vote, no discussion.
 *
 * @param country ISO 3166 code, or {@code null} when the proposal names none
 * @param summary the public summary in the reader's language, or the other one marked as such
 * @param year the year it was accepted (Brussels time)
 */
public record PublicOutcome(
        String title, String country, List<Sector> sectors, ProposalState state, Bilingual summary, int year) {

    public Stage stage() {
        return state.stage();
    }
}
