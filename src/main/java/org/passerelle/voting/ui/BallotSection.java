package org.passerelle.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotState;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Conflict;

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
        return show(proposal).map(Shown::component);
    }

    /** The ballot asks an elector to declare, then vote, while it is open and they have not voted. */
    @Override
    public Optional<Shown> show(ProposalView proposal) {
        return queries.latestOf(proposal.id())
                .map(ballot -> {
                    BallotPanel panel = new BallotPanel(ballots, queries, ballot);
                    return new Shown(panel, awaited(panel, ballot));
                })
                .or(() -> {
                    if (proposal.state() != ProposalState.VOTING || !currentUser.hasRole(Role.STAFF)) {
                        return Optional.empty();
                    }
                    Anchor link = openOne();
                    return Optional.of(new Shown(link, link.getText()));
                });
    }

    private static String awaited(BallotPanel panel, BallotView ballot) {
        boolean waiting = ballot.state() == BallotState.OPEN
                && ballot.elector()
                && !ballot.myVoted()
                && (ballot.myConflict() == null || ballot.myConflict() == Conflict.NO_CONFLICT);
        if (!waiting) {
            return null;
        }
        return panel.getTranslation(
                        ballot.myConflict() == null ? "voting.awaiting.to-declare" : "voting.awaiting.to-vote")
                + " — "
                + panel.getTranslation(
                        "voting.awaiting.deadline",
                        VotingFormat.when(ballot.closesAt(), UI.getCurrent().getLocale()));
    }

    @Override
    public int order() {
        return 10; // before the documents and the thread
    }

    private static Anchor openOne() {
        Anchor link = new Anchor("voting/ballots", "");
        link.setText(link.getTranslation("voting.section.open-one"));
        return link;
    }
}
