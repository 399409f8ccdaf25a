package org.passerelle.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.ui.NotFoundView;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.Conflict;
import org.passerelle.voting.VoteForm;
import org.passerelle.voting.VotingFixture;

class VotingViewsTest extends KaribuTest {

    VotingFixture fixture;
    ProposalView proposal;

    @BeforeEach
    void proposalInVoting() {
        fixture = new VotingFixture(context, accounts);
        proposal = fixture.proposalInVoting("Solar clinic");
        TestAccounts.signOut();
    }

    private BallotView openBallot(boolean secret) {
        accounts.signIn(TestAccounts.STAFF);
        BallotView ballot = context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(secret));
        TestAccounts.signOut();
        return ballot;
    }

    private static List<String> texts(com.vaadin.flow.component.Component root) {
        return _find(root, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void aBoardMemberDeclaresVotesAndChangesTheVoteOnTheProposalPage() {
        openBallot(false);
        signIn(TestAccounts.BOARD);
        navigate("proposals/" + proposal.id());
        BallotPanel panel = _get(BallotPanel.class);
        assertThat(_find(panel, Button.class)).extracting(Button::getText).doesNotContain("Vote");
        _setValue(panel.conflict, Conflict.NO_CONFLICT);
        _click(panel.declare);
        assertThat(texts(panel)).contains("Your declaration: No conflict of interest");
        _setValue(panel.choice, Choice.YES);
        _click(panel.vote);
        assertThat(panel.myVote.getText()).isEqualTo("Your vote: Yes");
        assertThat(panel.vote.getText()).isEqualTo("Change my vote");
        _setValue(panel.choice, Choice.NO);
        _click(panel.vote);
        assertThat(panel.reason.isInvalid()).as("a reason is required for no").isTrue();
        assertThat(panel.myVote.getText()).isEqualTo("Your vote: Yes");
        _setValue(panel.reason, "Budget unclear");
        _click(panel.vote);
        assertThat(panel.myVote.getText()).isEqualTo("Your vote: No");
    }

    @Test
    void aMemberOfTheProposingAssociationIsShownRecusedWithoutAVoteForm() {
        openBallot(false);
        signIn(TestAccounts.BOTH);
        navigate("proposals/" + proposal.id());
        BallotPanel panel = _get(BallotPanel.class);
        assertThat(texts(panel)).contains("Your declaration: Member of the proposing association (recused)");
        assertThat(panel.vote.isAttached()).isFalse();
        assertThat(panel.declare.isAttached()).isFalse();
    }

    @Test
    void awaitingMyVoteListsOpenBallotsWithTheirDeadline() {
        openBallot(true);
        signIn(TestAccounts.BOARD);
        navigate("voting/awaiting");
        AwaitingMyVoteView view = _get(AwaitingMyVoteView.class);
        assertThat(_find(view.list, Anchor.class)).extracting(Anchor::getText).containsExactly("Solar clinic");
        assertThat(texts(view)).anyMatch(text -> text.startsWith("Closes "));
        signIn(TestAccounts.BOTH);
        navigate("voting/awaiting");
        assertThat(_find(_get(AwaitingMyVoteView.class).list, Anchor.class)).isEmpty();
    }

    @Test
    void staffOpenABallotFromTheBallotsViewAndBadSettingsMarkTheField() {
        signIn(TestAccounts.STAFF);
        navigate("voting/ballots");
        BallotsView view = _get(BallotsView.class);
        assertThat(view.inProgress.getEmptyStateText())
                .as("no blank grid: what to do instead")
                .isEqualTo("No ballot is in progress. Open one above when a proposal is in voting.");
        _click(_get(view.toOpen, Button.class, spec -> spec.withText("Open a ballot")));
        OpenBallotDialog dialog = _get(OpenBallotDialog.class);
        _setValue(dialog.quorum, 101);
        _click(dialog.confirm);
        assertThat(dialog.quorum.isInvalid()).isTrue();
        _setValue(dialog.quorum, 60);
        _setValue(dialog.secret, true);
        assertThat(dialog.resultsLive.isEnabled()).isFalse();
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.inProgress)).isEqualTo(1);
        assertThat(_find(view.toOpen, Button.class)).isEmpty();
    }

    @Test
    void theResultsViewShowsResultsTheCsvAndLetsStaffRecordTheDecision() {
        BallotView ballot = openBallot(false);
        accounts.signIn(TestAccounts.BOARD);
        BallotService ballots = context.getBean(BallotService.class);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        signIn(TestAccounts.STAFF);
        navigate("voting/ballots/" + ballot.id());
        BallotResultsView view = _get(BallotResultsView.class);
        _click(_get(view.actions, Button.class, spec -> spec.withText("Close early")));
        StaffActionDialog close = _get(StaffActionDialog.class);
        _click(close.confirm);
        assertThat(close.reason.isInvalid()).isTrue();
        _setValue(close.reason, "Everyone has voted");
        _click(close.confirm);
        view = _get(BallotResultsView.class);
        ResultsSummary results = _get(view, ResultsSummary.class);
        assertThat(results.outcome.getText()).isEqualTo("Outcome: Adopted");
        assertThat(results.participation.getText()).startsWith("1 of 1 eligible members took part");
        assertThat(view.csv).isNotNull();
        assertThat(GridKt._size(view.declarations)).isEqualTo(2);
        _click(_get(view.actions, Button.class, spec -> spec.withText("Record the decision")));
        StaffActionDialog decide = _get(StaffActionDialog.class);
        _setValue(decide.decision, ProposalAction.ACCEPT);
        _setValue(decide.reason, "Strong support");
        _click(decide.confirm);
        _click(decide.confirm); // the second step says what recording does
        // the toast says what was done, not "Done."
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getProperty("text", "")))
                .contains("The decision is recorded and the proposal moved.");
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(context.getBean(ProposalService.class).get(proposal.id()).state())
                .isEqualTo(ProposalState.ACCEPTED);
    }

    @Test
    void aBallotOneMayNotSeeIsNotFound() {
        BallotView ballot = openBallot(false);
        signIn(TestAccounts.OUTSIDER);
        navigate("voting/ballots/" + ballot.id());
        _get(NotFoundView.class);
        signIn(TestAccounts.STAFF);
        navigate("voting/ballots/not-a-number");
        _get(NotFoundView.class);
    }
}
