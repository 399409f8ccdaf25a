package org.passerelle.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Files attached to a progress report: its proposal's co-authors attach them while the project is implemented;
 * whoever reads the proposal reads them; nobody else learns they exist; once completed, no more files. H2 and
 * PostgreSQL.
 */
abstract class ProgressReportFilesContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ProposalService proposals;

    @Autowired
    DocumentUploads uploads;

    @Autowired
    DocumentService documents;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void coAuthorsAttachFilesToAReportWhileImplementingAndItsReadersReadThem() {
        ProposalView proposal = fixture.proposalInVoting("Solar clinic"); // leaves staff signed in
        proposals.act(proposal.id(), ProposalAction.ACCEPT, "Relevant and feasible");
        proposals.act(proposal.id(), ProposalAction.START_IMPLEMENTATION, null);
        accounts.signIn(TestAccounts.MEMBER);
        followUps.addReport(proposal.id(), LocalDate.now(), "Half the panels are up.");
        long reportId = followUps.followUp(proposal.id()).reports().stream()
                .map(FollowUp.ReportInfo::id)
                .findFirst()
                .orElseThrow();
        SubjectRef report = SubjectRef.progressReport(reportId);

        assertThat(uploads.mayUpload(report)).isTrue();
        UploadResult photo = DocumentsFixture.upload(uploads, report, "panels.png", TestFiles.png(40, 30));
        assertThat(photo.document().owner()).isEqualTo(report);
        assertThat(documents.list(report)).extracting(DocumentSummary::name).containsExactly("panels.png");

        accounts.signIn(TestAccounts.BOARD); // reads the proposal: reads its reports' files, adds none
        assertThat(documents.list(report)).extracting(DocumentSummary::name).containsExactly("panels.png");
        assertThat(uploads.mayUpload(report)).isFalse();
        assertThatThrownBy(() -> DocumentsFixture.upload(uploads, report, "mine.png", TestFiles.png(10, 10)))
                .isInstanceOf(UserFacingException.class);

        accounts.signIn(TestAccounts.OUTSIDER); // does not see the proposal: neither the report's files
        assertThatThrownBy(() -> documents.list(report)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> documents.get(photo.document().id())).isInstanceOf(DocumentNotFoundException.class);

        accounts.signIn(TestAccounts.STAFF); // the project is completed: the report's files are closed
        proposals.act(proposal.id(), ProposalAction.COMPLETE, null);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(uploads.mayUpload(report)).isFalse();
        assertThat(documents.list(report)).hasSize(1);
    }
}
