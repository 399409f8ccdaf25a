package org.passerelle.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.security.Role;
import org.passerelle.voting.BallotLists.BallotLine;
import org.passerelle.voting.BallotLists.ProposalToBallot;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotQueries;

/** Staff: proposals in voting that need a ballot, and the ballots waiting for their decision. */
@Route("voting/ballots")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 19, title = "nav.ballots", icon = "vaadin:archive")
public final class BallotsView extends Main implements HasDynamicTitle {

    final Div toOpen = new Div();
    final Grid<BallotLine> inProgress = ComponentTexts.translated(new Grid<>());
    private final BallotOpening ballots;
    private final BallotQueries queries;

    BallotsView(BallotOpening ballots, BallotQueries queries) {
        this.ballots = ballots;
        this.queries = queries;
        addClassName("passerelle-page");
        inProgress
                .addComponentColumn(line -> new Anchor("voting/ballots/" + line.ballotId(), line.proposalTitle()))
                .setHeader(getTranslation("voting.ballots.proposal"));
        inProgress
                .addColumn(line -> getTranslation(line.kind().messageKey()))
                .setHeader(getTranslation("voting.ballots.kind"));
        inProgress
                .addColumn(line -> getTranslation(line.state().messageKey()))
                .setHeader(getTranslation("voting.ballots.state"));
        inProgress
                .addColumn(line -> VotingFormat.when(line.closesAt(), getLocale()))
                .setHeader(getTranslation("voting.ballots.closes"));
        inProgress.setAllRowsVisible(true);
        inProgress.setEmptyStateText(getTranslation("voting.ballots.none-in-progress"));
        add(
                new H3(getTranslation("voting.ballots.to-open")),
                toOpen,
                new H3(getTranslation("voting.ballots.in-progress")),
                inProgress);
        refresh();
    }

    private void refresh() {
        toOpen.removeAll();
        var proposals = queries.proposalsToBallot();
        if (proposals.isEmpty()) {
            toOpen.add(new Paragraph(getTranslation("voting.ballots.none-to-open")));
        }
        for (ProposalToBallot proposal : proposals) {
            Button open = new Button(
                    getTranslation("voting.ballots.open"),
                    click -> new OpenBallotDialog(ballots, proposal, opened -> {
                                Feedback.success(getTranslation("voting.ballots.opened"));
                                refresh();
                            })
                            .open());
            Div line = new Div(VotingFormat.proposalLink(proposal.proposalId(), proposal.proposalTitle()), open);
            line.addClassName("passerelle-card");
            toOpen.add(line);
        }
        inProgress.setItems(queries.inProgress());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.ballots.title");
    }
}
