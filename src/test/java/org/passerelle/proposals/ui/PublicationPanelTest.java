package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalPublications;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.PublicOutcomeFilter;
import org.passerelle.proposals.PublicOutcomes;
import org.passerelle.voting.VotingFixture;

/**
 * The "Public outcomes page" section of an accepted proposal: its co-authors agree with a summary, change it and
 * withdraw; empty and too long summaries are refused on the field; staff only read the state.
 */
class PublicationPanelTest extends KaribuTest {

    VotingFixture fixture;

    @BeforeEach
    void spaceCallAndAssociation() {
        fixture = new VotingFixture(context, accounts);
    }

    private ProposalView accepted() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic"); // STAFF signed in
        return context.getBean(ProposalService.class).act(proposal.id(), ProposalAction.ACCEPT, "Our reasons");
    }

    private PublicationPanel open(ProposalView proposal) {
        navigate("proposals/" + proposal.id());
        _get(ProposalPage.class);
        return _get(PublicationPanel.class);
    }

    private int publishedCount() {
        return context.getBean(PublicOutcomes.class)
                .published(PublicOutcomeFilter.ANY, java.util.Locale.ENGLISH)
                .size();
    }

    @Test
    void anAuthorAgreesChangesTheSummaryAndWithdraws() {
        ProposalView proposal = accepted();
        signIn(TestAccounts.MEMBER); // French
        PublicationPanel panel = open(proposal);
        assertThat(panel.status.getText()).startsWith("Pas sur la page publique des résultats.");
        assertThat(panel.withdraw.isAttached()).isFalse();
        assertThat(panel.agree.getText()).isEqualTo("Accepter la publication");

        _setValue(panel.summaryFr, "Une clinique éclairée la nuit.");
        _click(panel.agree);
        assertThat(panel.summaryFr.isInvalid()).isFalse();
        assertThat(panel.status.getText())
                .startsWith("Sur la page publique des résultats depuis le ")
                .endsWith("avec l'accord de Moussa Membre.");
        assertThat(panel.agree.getText()).isEqualTo("Enregistrer le résumé public");
        assertThat(panel.withdraw.isAttached()).isTrue();
        assertThat(publishedCount()).isEqualTo(1);

        _setValue(panel.summaryEn, "A clinic lit at night.");
        _click(panel.agree);
        assertThat(context.getBean(ProposalPublications.class).of(proposal.id()).summaryEn())
                .isEqualTo("A clinic lit at night.");

        _click(panel.withdraw);
        assertThat(panel.status.getText()).contains("Moussa Membre a retiré l'accord le ");
        assertThat(panel.withdraw.isAttached()).isFalse();
        assertThat(publishedCount()).isZero();
    }

    @Test
    void emptyOrTooLongSummariesAreRefusedOnTheirField() {
        ProposalView proposal = accepted();
        signIn(TestAccounts.MEMBER);
        PublicationPanel panel = open(proposal);

        _setValue(panel.summaryEn, "   ");
        _click(panel.agree);
        assertThat(panel.summaryEn.isInvalid()).isTrue();
        assertThat(panel.summaryEn.getErrorMessage()).isEqualTo("Écrivez le résumé public en anglais ou en français.");

        // the browser's limit is only a hint: a longer value sent anyway is refused by the service
        panel.summaryEn.clear();
        panel.summaryFr.setValue("x".repeat(ProposalPublications.SUMMARY_MAX + 1));
        _click(panel.agree);
        assertThat(panel.summaryEn.isInvalid())
                .as("cleared before the new attempt")
                .isFalse();
        assertThat(panel.summaryFr.isInvalid()).isTrue();
        assertThat(panel.summaryFr.getErrorMessage()).startsWith("Au plus 1").endsWith("caractères.");
        assertThat(panel.status.getText()).startsWith("Pas sur la page publique");
        assertThat(publishedCount()).isZero();
    }

    @Test
    void staffSeeTheStateButMayNotAgreeForTheAssociation() {
        ProposalView proposal = accepted();
        signIn(TestAccounts.STAFF);
        PublicationPanel panel = open(proposal);
        assertThat(panel.status.getText())
                .isEqualTo("Not on the public outcomes page. Its co-authors decide whether to publish it.");
        assertThat(panel.summaryEn.isAttached()).isFalse();
        assertThat(panel.agree.isAttached()).isFalse();
    }

    @Test
    void aProposalNotAcceptedHasNoSuchSection() {
        ProposalView proposal = fixture.proposalInVoting("Still voting");
        signIn(TestAccounts.MEMBER);
        navigate("proposals/" + proposal.id());
        _get(ProposalPage.class);
        assertThat(_find(PublicationPanel.class)).isEmpty();
    }
}
