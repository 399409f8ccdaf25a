package org.passerelle.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotService;

/**
 * Adds the ballot panel to the proposal page through the page's extension point, so that the proposals
 * module never depends on voting. Staff see a link to open a ballot on a proposal in voting without one.
 */
@org.springframework.stereotype.Component
class BallotSection implements PageSection<ProposalView> {

    private final BallotService ballots;
    private final BallotQueries queries;
    private final CurrentUser currentUser;

    BallotSection(BallotService ballots, BallotQueries queries, CurrentUser currentUser) {
        this.ballots = ballots;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(ProposalView proposal) {
        return queries.latestOf(proposal.id())
                .<Component>map(ballot -> new BallotPanel(ballots, queries, ballot))
                .or(() -> proposal.state() == ProposalState.VOTING && currentUser.hasRole(Role.STAFF)
                        ? Optional.of(openOne())
                        : Optional.empty());
    }

    @Override
    public int order() {
        return 10; // before the documents and the thread
    }

    private static Component openOne() {
        Anchor link = new Anchor("voting/ballots", "");
        link.setText(link.getTranslation("voting.section.open-one"));
        return link;
    }
}
