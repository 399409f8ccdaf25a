package org.passerelle.voting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.BallotLists.ProposalToBallot;
import org.passerelle.voting.BallotOpening;

/**
 * Staff's next step on a proposal in review (or in voting without a ballot): open the board's vote, as the main
 * action at the top of the ballot section. The settings dialog reads the board and the criteria only when asked.
 */
final class OpenVoteCard extends Div {

    final Button open = new Button();

    OpenVoteCard(BallotOpening opening, ProposalView proposal) {
        addClassName("passerelle-card");
        String title = proposal.content().title() == null
                ? getTranslation("voting.section.untitled")
                : proposal.content().title();
        open.setText(getTranslation("voting.section.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> new OpenBallotDialog(
                        opening, new ProposalToBallot(proposal.id(), proposal.callId(), title), opened -> {
                            Feedback.success(getTranslation("voting.ballots.opened"));
                            // the whole page changes (state, steps, the ballot itself): show it afresh
                            UI.getCurrent().navigate("proposals/" + proposal.id());
                        })
                .open());
        add(
                new H3(getTranslation("voting.panel.title")),
                open,
                new Paragraph(getTranslation(
                        proposal.state() == ProposalState.IN_REVIEW
                                ? "voting.section.explain-review"
                                : "voting.section.explain-voting")));
    }
}
