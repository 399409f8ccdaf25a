package org.passerelle.records.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.VotingFixture;

/** Who sees the export buttons on the call page and the decision record on the proposal page. */
class DecisionButtonsTest extends KaribuTest {

    VotingFixture fixture;
    ProposalView proposal;

    @BeforeEach
    void proposalInVoting() {
        fixture = new VotingFixture(context, accounts);
        proposal = fixture.proposalInVoting("Solar clinic");
        TestAccounts.signOut();
    }

    private static List<String> links() {
        return _find(UI.getCurrent(), Anchor.class).stream()
                .map(Anchor::getText)
                .toList();
    }

    @Test
    void staffAndTheSpacesBoardSeeTheCallExportsAndAnAssociationMemberDoesNot() {
        for (TestAccounts.Person person : List.of(TestAccounts.STAFF, TestAccounts.BOARD)) {
            signIn(person);
            navigate("calls/" + fixture.callId);
            assertThat(links()).as(person.name()).contains("Export decisions (CSV)", "Export decisions (PDF)");
            CallDecisionsSection.Buttons buttons =
                    _find(UI.getCurrent(), CallDecisionsSection.Buttons.class).getFirst();
            assertThat(buttons.csv.getHref()).as("a download link").isNotBlank();
            assertThat(buttons.pdf.isDownload()).as("an attachment").isTrue();
            signOut();
        }
        signIn(TestAccounts.MEMBER);
        navigate("calls/" + fixture.callId);
        assertThat(links()).doesNotContain("Exporter les décisions (CSV)", "Export decisions (CSV)");
    }

    @Test
    void theProposalsAssociationAndTheBoardSeeTheDecisionRecordInTheirLanguageAndAnOutsiderSeesNeither() {
        signIn(TestAccounts.MEMBER);
        useLanguage(Locale.FRENCH);
        navigate("proposals/" + proposal.id());
        assertThat(links()).contains("Dossier de décision (PDF)", "Dossier de décision (Markdown)");
        signOut();
        signIn(TestAccounts.BOARD);
        useLanguage(Locale.ENGLISH);
        navigate("proposals/" + proposal.id());
        assertThat(links()).contains("Decision record (PDF)", "Decision record (Markdown)");
        signOut();
        signIn(TestAccounts.OUTSIDER);
        navigate("calls/" + fixture.callId);
        assertThat(links()).doesNotContain("Export decisions (CSV)", "Export decisions (PDF)");
    }
}
