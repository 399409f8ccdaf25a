package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.DocumentUploads;
import org.passerelle.documents.DocumentsFixture;
import org.passerelle.documents.TestFiles;
import org.passerelle.documents.ui.DocumentsPanel;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.VotingFixture;

/** The Empower follow-up explains itself before the implementation, and a report may name a milestone. */
class FollowUpPanelTest extends KaribuTest {

    VotingFixture fixture;

    @BeforeEach
    void spaceCallAndAssociation() {
        fixture = new VotingFixture(context, accounts);
    }

    private ProposalView decided(ProposalAction decision) {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic"); // STAFF signed in
        return context.getBean(ProposalService.class).act(proposal.id(), decision, "Our reasons");
    }

    private ProposalPage open(ProposalView proposal) {
        navigate("proposals/" + proposal.id());
        return _get(ProposalPage.class);
    }

    @Test
    void beforeTheImplementationStartsTheReportsSayWhenTheyOpen() {
        ProposalView proposal = decided(ProposalAction.ACCEPT);
        signIn(TestAccounts.STAFF);
        FollowUpPanel panel = open(proposal).followUp;
        assertThat(panel.reportsNote.getText())
                .isEqualTo("Progress reports open when the office starts the implementation.");
        signIn(TestAccounts.MEMBER); // an author, in French: nothing to fill in yet, and told why
        panel = open(proposal).followUp;
        assertThat(panel.reportsNote.getText())
                .isEqualTo("Les rapports d’avancement s’ouvrent quand le bureau lance la mise en œuvre.");
        assertThat(panel.reportText.isAttached()).isFalse();
        assertThat(panel.addReport.isAttached()).isFalse();
    }

    @Test
    void aDeclinedProposalHasNoFollowUp() {
        ProposalView proposal = decided(ProposalAction.DECLINE);
        signIn(TestAccounts.MEMBER);
        assertThat(open(proposal).followUp).isNull();
    }

    @Test
    void anAuthorReportsAboutAMilestone() {
        ProposalView proposal = decided(ProposalAction.ACCEPT);
        context.getBean(ProposalService.class).act(proposal.id(), ProposalAction.START_IMPLEMENTATION, null);
        FollowUpService followUps = context.getBean(FollowUpService.class);
        followUps.addMilestone(proposal.id(), "Panels installed", VotingFixture.TODAY.plusMonths(2));
        FollowUp.MilestoneInfo panels =
                followUps.followUp(proposal.id()).milestones().getFirst();

        signIn(TestAccounts.MEMBER);
        FollowUpPanel panel = open(proposal).followUp;
        assertThat(panel.reportsNote.getText()).isEqualTo("Aucun rapport d’avancement pour l’instant.");
        assertThat(panel.reportMilestone.getLabel()).isEqualTo("À propos d’un jalon (facultatif)");
        _setValue(panel.reportMilestone, panels);
        _setValue(panel.reportText, "La moitié des panneaux est posée.");
        _click(panel.addReport);

        panel = open(proposal).followUp;
        assertThat(panel.getElement().getTextRecursively()).contains("à propos de «\u00a0Panels installed\u00a0»");
        assertThat(panel.reportsNote.isAttached()).isFalse();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(followUps.followUp(proposal.id()).reports()).singleElement().satisfies(report -> {
            assertThat(report.milestoneId()).isEqualTo(panels.id());
            assertThat(report.text()).isEqualTo("La moitié des panneaux est posée.");
        });
    }

    @Test
    void eachReportHoldsItsFilesAddedByItsAuthorsAndShownToItsReaders() {
        ProposalView proposal = decided(ProposalAction.ACCEPT);
        context.getBean(ProposalService.class).act(proposal.id(), ProposalAction.START_IMPLEMENTATION, null);
        signIn(TestAccounts.MEMBER);
        FollowUpPanel panel = open(proposal).followUp;
        assertThat(_find(panel, DocumentsPanel.class))
                .as("no report yet: nowhere to attach")
                .isEmpty();
        _setValue(panel.reportText, "La moitié des panneaux est posée.");
        _click(panel.addReport);

        panel = open(proposal).followUp;
        DocumentsPanel files = _get(panel, DocumentsPanel.class);
        assertThat(files.getElement().getTextRecursively()).contains("Fichiers joints à ce rapport");
        assertThat(_find(files, Upload.class))
                .as("an author, while the project is under way")
                .hasSize(1);
        long reportId = context.getBean(FollowUpService.class)
                .followUp(proposal.id())
                .reports()
                .getFirst()
                .id();
        DocumentsFixture.upload(
                context.getBean(DocumentUploads.class),
                SubjectRef.progressReport(reportId),
                "chantier.png",
                TestFiles.png(40, 30));

        signIn(TestAccounts.BOARD); // a reader: the file, no upload
        files = _get(open(proposal).followUp, DocumentsPanel.class);
        assertThat(files.isVisible()).isTrue();
        assertThat(_find(files, Upload.class)).isEmpty();
        assertThat(files.getElement().getTextRecursively()).contains("chantier.png");
    }
}
