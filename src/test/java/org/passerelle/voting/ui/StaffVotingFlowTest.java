package org.passerelle.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.BallotClosing;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.Conflict;
import org.passerelle.voting.Outcome;
import org.passerelle.voting.VoteForm;
import org.passerelle.voting.VotingFixture;

/**
 * The staff's way from a proposal in review to a recorded decision: the vote opened as the main action of the
 * proposal page, its dialog following the kind of ballot and naming who is left out, and the decision starting
 * from the vote's outcome and asked twice.
 */
class StaffVotingFlowTest extends KaribuTest {

    VotingFixture fixture;

    @BeforeEach
    void space() {
        fixture = new VotingFixture(context, accounts);
    }

    @Test
    void onAProposalInReviewStaffOpenTheVoteAsTheMainActionAtTheTop() {
        fixture.pendingBoardMember("Grace Pending");
        ProposalView proposal = fixture.proposalInReview("Water tower");
        signIn(TestAccounts.STAFF);
        navigate("proposals/" + proposal.id());
        OpenVoteCard card = _get(OpenVoteCard.class);
        assertThat(card.open.getText()).isEqualTo("Open the vote");
        assertThat(card.open.hasThemeName("primary")).isTrue();
        Component page = card.getParent().orElseThrow();
        assertThat(page.getChildren().toList().indexOf(card))
                .as("right after the header and what awaits the reader")
                .isEqualTo(2);
        assertThat(_find(page, Button.class, spec -> spec.withText("Open the board's vote on this proposal")))
                .as("named among what awaits staff")
                .hasSize(1);

        _click(card.open);
        OpenBallotDialog dialog = _get(OpenBallotDialog.class);
        assertThat(dialog.pending.isVisible()).isTrue();
        assertThat(dialog.pending.getText())
                .isEqualTo("Not in the electorate: Grace Pending (invitation to the space pending).");
        assertThat(dialog.electorate.getListDataView().getItems().map(m -> m.displayName()))
                .doesNotContain("Grace Pending");
        assertThat(dialog.threshold.isVisible()).isTrue();
        assertThat(dialog.reasonRequiredForNo.isVisible()).isTrue();
        assertThat(dialog.criteria.isVisible()).isFalse();

        _setValue(dialog.kind, BallotKind.SCORING);
        assertThat(dialog.threshold.isVisible()).as("a yes/no setting").isFalse();
        assertThat(dialog.reasonRequiredForNo.isVisible()).isFalse();
        assertThat(dialog.criteria.isVisible()).isTrue();
        assertThat(_find(dialog.criteria, ListItem.class).stream().map(ListItem::getText))
                .containsExactly("Relevance (weight 70)", "Feasibility (weight 30)");
        _setValue(dialog.kind, BallotKind.DECISION);
        assertThat(dialog.threshold.isVisible()).isTrue();
        assertThat(dialog.criteria.isVisible()).isFalse();
        _setValue(dialog.kind, BallotKind.SCORING);

        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(context.getBean(ProposalService.class).get(proposal.id()).state())
                .isEqualTo(ProposalState.VOTING);
        assertThat(_find(OpenVoteCard.class))
                .as("the page shows the ballot now")
                .isEmpty();
        BallotPanel panel = _get(BallotPanel.class);
        assertThat(context.getBean(BallotQueries.class)
                        .latestOf(proposal.id())
                        .orElseThrow()
                        .kind())
                .isEqualTo(BallotKind.SCORING);
        assertThat(panel.isAttached()).isTrue();
    }

    @Test
    void othersAndProposalsWithABallotGetNoOpenVoteCard() {
        ProposalView proposal = fixture.proposalInReview("Water tower");
        signIn(TestAccounts.BOARD);
        navigate("proposals/" + proposal.id());
        assertThat(_find(OpenVoteCard.class)).isEmpty();

        ProposalView voting = fixture.proposalInVoting("Solar clinic");
        signIn(TestAccounts.STAFF);
        navigate("proposals/" + voting.id());
        assertThat(_find(OpenVoteCard.class))
                .as("in voting without a ballot: still to open")
                .hasSize(1);
        context.getBean(BallotOpening.class).open(voting.id(), VotingFixture.decision(false));
        navigate("proposals/" + voting.id());
        assertThat(_find(OpenVoteCard.class)).isEmpty();
        assertThat(_find(BallotPanel.class)).hasSize(1);
    }

    @Test
    void theDecisionStartsFromTheOutcomeAndIsConfirmedWithItsConsequence() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        BallotView ballot = context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        accounts.signIn(TestAccounts.BOARD);
        BallotService ballots = context.getBean(BallotService.class);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(BallotClosing.class).closeEarly(ballot.id(), "Everyone has voted");

        signIn(TestAccounts.STAFF);
        navigate("voting/ballots/" + ballot.id());
        _click(_get(_get(BallotResultsView.class).actions, Button.class, spec -> spec.withText("Record the decision")));
        StaffActionDialog decide = _get(StaffActionDialog.class);
        assertThat(decide.decision.getValue()).as("from the outcome").isEqualTo(ProposalAction.ACCEPT);
        assertThat(decide.outcome.getText()).isEqualTo("The vote's outcome: accepted (1 for, 0 against).");

        _setValue(decide.reason, "Strong support");
        _click(decide.confirm);
        assertThat(decide.isOpened()).as("asked a second time").isTrue();
        assertThat(decide.consequence.isVisible()).isTrue();
        assertThat(decide.consequence.getText())
                .isEqualTo("The proposal will be accepted. The association will be told the decision and the"
                        + " reason; this cannot be undone.");
        assertThat(decide.decision.isVisible()).isFalse();
        assertThat(decide.confirm.getText()).isEqualTo("Record the decision");
        assertThat(decide.back.getText()).isEqualTo("Back");
        ProposalService proposals = context.getBean(ProposalService.class);
        assertThat(proposals.get(proposal.id()).state()).as("nothing yet").isEqualTo(ProposalState.VOTING);

        _click(decide.back);
        assertThat(decide.decision.isVisible()).as("back to the choice").isTrue();
        assertThat(decide.consequence.isVisible()).isFalse();
        _setValue(decide.decision, ProposalAction.REQUEST_REVISION);
        _click(decide.confirm);
        assertThat(decide.consequence.getText()).startsWith("The proposal will go back to its authors for revision.");
        _click(decide.back);
        _setValue(decide.decision, ProposalAction.ACCEPT);
        _click(decide.confirm);
        _click(decide.confirm);
        assertThat(decide.isOpened()).isFalse();
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.ACCEPTED);
    }

    @Test
    void aRejectedVoteSuggestsDecliningAndOneWithoutAYesNoOutcomeSuggestsNothing() {
        assertThat(DecisionWords.suggested(Outcome.ADOPTED)).isEqualTo(ProposalAction.ACCEPT);
        assertThat(DecisionWords.suggested(Outcome.REJECTED)).isEqualTo(ProposalAction.DECLINE);
        assertThat(DecisionWords.suggested(Outcome.NO_QUORUM)).isNull();
        assertThat(DecisionWords.suggested(Outcome.SCORED)).isNull();
    }
}
