package org.passerelle.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotState;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Conflict;

/**
 * Adds the ballot panel to the proposal page through the page's extension point, so that the proposals
 * module never depends on voting. For staff, a proposal in review (or in voting without a ballot) asks for its
 * vote to be opened: the section then leads with that main action, and the page puts it first.
 */
@org.springframework.stereotype.Component
class BallotSection implements PageSection<ProposalView> {

    private final BallotService ballots;
    private final BallotOpening opening;
    private final BallotQueries queries;
    private final CurrentUser currentUser;

    BallotSection(BallotService ballots, BallotOpening opening, BallotQueries queries, CurrentUser currentUser) {
        this.ballots = ballots;
        this.opening = opening;
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
        Optional<BallotView> latest = queries.latestOf(proposal.id());
        if (toOpen(proposal, latest.isPresent())) {
            OpenVoteCard card = new OpenVoteCard(opening, proposal);
            // an earlier round's ballot (before a revision) stays readable below
            latest.ifPresent(ballot -> card.add(new BallotPanel(ballots, queries, ballot)));
            return Optional.of(new Shown(card, card.getTranslation("voting.section.open-step")));
        }
        return latest.map(ballot -> {
            BallotPanel panel = new BallotPanel(ballots, queries, ballot);
            return new Shown(panel, awaited(panel, ballot));
        });
    }

    /** Staff open the vote on a proposal in review, or in voting without a ballot (moved there by "Move to voting"). */
    private boolean toOpen(ProposalView proposal, boolean hasBallot) {
        boolean ready =
                proposal.state() == ProposalState.IN_REVIEW || (proposal.state() == ProposalState.VOTING && !hasBallot);
        return ready && currentUser.hasRole(Role.STAFF);
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
}
