package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.VotingFixture;

/**
 * Withdrawing says what it does before doing it (from the vote: the ballot closes), and can be undone from the page
 * at once: "Withdrawn — Restore", back to review when it left the vote.
 */
class ProposalWithdrawRestoreTest extends KaribuTest {

    VotingFixture fixture;

    @BeforeEach
    void spaceCallAndAssociation() {
        fixture = new VotingFixture(context, accounts);
    }

    private ProposalPage open(ProposalView proposal) {
        UI.getCurrent().navigate(ProposalPage.class, ProposalPage.parameters(proposal.id()));
        return _get(ProposalPage.class);
    }

    private ProposalState stateOf(ProposalView proposal) {
        return context.getBean(ProposalService.class).get(proposal.id()).state();
    }

    @Test
    void withdrawingFromTheVoteIsConfirmedWithItsConsequenceAndCanBeUndone() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic");
        context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        signIn(TestAccounts.MEMBER); // French
        ProposalPage page = open(proposal);
        assertThat(_find(page, RestoreBanner.class)).isEmpty();

        _click(_get(page.actions, Button.class, spec -> spec.withText("Retirer")));
        StepConfirmDialog dialog = _get(StepConfirmDialog.class);
        assertThat(dialog.consequence.getText())
                .isEqualTo("Le scrutin sur cette proposition se ferme maintenant : plus personne ne peut voter, et les"
                        + " votes déjà exprimés ne mèneront à aucune décision.");
        assertThat(dialog.undo.getText()).contains("30 jours", "reviendra alors en examen");
        assertThat(dialog.keep.getText()).isEqualTo("Garder la proposition");
        _click(dialog.keep);
        assertThat(stateOf(proposal)).isEqualTo(ProposalState.VOTING);

        _click(_get(page.actions, Button.class, spec -> spec.withText("Retirer")));
        _click(_get(StepConfirmDialog.class).confirm);
        assertThat(stateOf(proposal)).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ballot where proposal_id = ? and closed_at is null",
                        Long.class,
                        proposal.id()))
                .as("the ballot closed")
                .isZero();

        RestoreBanner banner = _get(RestoreBanner.class);
        assertThat(banner.text.getText())
                .startsWith("Retirée. Vous pouvez la restaurer jusqu'au")
                .endsWith("elle reviendra à l'état « En examen ».");
        assertThat(_find(page.actions, Button.class))
                .as("no bare Restore button beside it")
                .isEmpty();
        _click(banner.restore);
        StepConfirmDialog restore = _get(StepConfirmDialog.class);
        assertThat(restore.undo.getText()).contains("elle revient en examen", "nouveau scrutin");
        _click(restore.keep);
        assertThat(stateOf(proposal)).isEqualTo(ProposalState.WITHDRAWN);
        _click(banner.restore);
        _click(_get(StepConfirmDialog.class).confirm);
        assertThat(stateOf(proposal)).isEqualTo(ProposalState.IN_REVIEW);
        assertThat(_find(RestoreBanner.class)).isEmpty();
    }

    @Test
    void nobodyButTheAuthorsIsOfferedTheRestoration() {
        ProposalView proposal = fixture.proposalInReview("Solar clinic");
        signIn(TestAccounts.MEMBER);
        ProposalPage page = open(proposal);
        _click(_get(page.actions, Button.class, spec -> spec.withText("Retirer")));
        StepConfirmDialog dialog = _get(StepConfirmDialog.class);
        assertThat(dialog.consequence.getText()).isEqualTo("Le Conseil ne la verra plus, et son examen s'arrête.");
        _click(dialog.confirm);
        _get(RestoreBanner.class);

        signIn(TestAccounts.BOTH); // a member of the association, not a co-author
        assertThat(_find(open(proposal), RestoreBanner.class)).isEmpty();
    }
}
