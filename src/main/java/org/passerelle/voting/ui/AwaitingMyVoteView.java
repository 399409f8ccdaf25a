package org.passerelle.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.passerelle.security.Role;
import org.passerelle.voting.BallotLists.AwaitingVote;
import org.passerelle.voting.BallotQueries;

/** Board members: the open ballots where they have yet to vote, soonest deadline first. */
@Route("voting/awaiting")
@RolesAllowed(Role.Names.BOARD_MEMBER)
@Menu(order = 18, title = "nav.awaiting-vote", icon = "vaadin:check-square-o")
public final class AwaitingMyVoteView extends Main implements HasDynamicTitle {

    final Div list = new Div();

    AwaitingMyVoteView(BallotQueries queries) {
        addClassName("passerelle-page");
        List<AwaitingVote> waiting = queries.awaitingMyVote();
        add(new Paragraph(getTranslation("voting.awaiting.intro", waiting.size())), list);
        for (AwaitingVote ballot : waiting) {
            Div card = new Div();
            card.addClassName("passerelle-card");
            card.add(
                    VotingFormat.proposalLink(ballot.proposalId(), ballot.proposalTitle()),
                    new Paragraph(getTranslation(
                            "voting.awaiting.deadline", VotingFormat.when(ballot.closesAt(), getLocale()))),
                    VotingFormat.badge(
                            this, ballot.declared() ? "voting.awaiting.to-vote" : "voting.awaiting.to-declare"));
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.awaiting.title");
    }
}
