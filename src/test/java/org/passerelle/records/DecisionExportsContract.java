package org.passerelle.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.security.CurrentUser;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.voting.BallotClosing;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.Choice;
import org.passerelle.voting.Conflict;
import org.passerelle.voting.VoteForm;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The exports of decisions against H2 and PostgreSQL: a call with a decided proposal (revised once, questioned,
 * voted, accepted with a reason) and one still in voting whose title is a spreadsheet formula.
 */
abstract class DecisionExportsContract {

    static final String REASON = "Strong local support — très bien préparé";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @Autowired
    ApplicationContext context;

    @Autowired
    DecisionExports exports;

    @Autowired
    ProposalService proposals;

    @Autowired
    ReviewService reviews;

    @Autowired
    BallotOpening opening;

    @Autowired
    BallotService ballots;

    @Autowired
    BallotClosing closing;

    TestAccounts accounts;
    VotingFixture fixture;
    ProposalView decided;
    ProposalView pending;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
        decided = decidedAfterARevision("Solar clinic");
        pending = fixture.proposalInVoting(FORMULA);
        accounts.signIn(TestAccounts.STAFF);
        opening.open(pending.id(), VotingFixture.decision(false));
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Submitted, asked a question (answered), sent back for revision, resubmitted, voted on and accepted. */
    private ProposalView decidedAfterARevision(String title) {
        long id = fixture.proposalSubmitted(title).id();
        accounts.signIn(TestAccounts.BOARD);
        long question = reviews.ask(id, "What does the solar array cost?").id();
        accounts.signIn(TestAccounts.MEMBER);
        reviews.answer(question, "About 12 000 €, with the batteries.");
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(id, ProposalAction.TRIAGE, null);
        proposals.act(id, ProposalAction.REQUEST_REVISION, "Détaillez le budget");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView current = proposals.get(id);
        proposals.save(
                id, current.lockVersion(), ProposalSamples.complete(title, "No power at night in the maternity ward"));
        proposals.act(id, ProposalAction.RESUBMIT, null);
        accounts.signIn(TestAccounts.STAFF);
        proposals.act(id, ProposalAction.TRIAGE, null);
        proposals.act(id, ProposalAction.OPEN_VOTING, null);
        BallotView ballot = opening.open(id, VotingFixture.decision(false));
        accounts.signIn(TestAccounts.BOARD);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.decision(Choice.YES, null));
        accounts.signIn(TestAccounts.STAFF);
        closing.closeEarly(ballot.id(), "Everyone has voted");
        closing.recordDecision(ballot.id(), ProposalAction.ACCEPT, REASON);
        return proposals.get(id);
    }

    @Test
    void theCallCsvHoldsTheResultsNeutralisesFormulasAndSaysNoDecisionYet() {
        accounts.signIn(TestAccounts.STAFF);
        String csv = new String(exports.callCsv(fixture.callId), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcall_id," + fixture.callId + "\r\n");
        assertThat(csv).contains("title_fr,Centres de santé\r\n");
        assertThat(csv).contains(String.join(",", CallCsv.HEADER) + "\r\n");
        String decidedRow = line(csv, decided.id() + ",Solar clinic,");
        assertThat(decidedRow)
                .contains(
                        ",ACCEPTED,EMPOWER,DECISION,DECIDED,1,1,100.0,50,true,SIMPLE_MAJORITY,1,0,0,,,ADOPTED,ACCEPT,")
                .contains(REASON);
        String pendingRow = line(csv, pending.id() + ",");
        assertThat(pendingRow).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(pendingRow).contains(",VOTING,ENGAGE,DECISION,OPEN,").endsWith(",no decision yet,,");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
    }

    @Test
    void theCallPdfIsInTheReadersLanguageWithEmbeddedFontsAndBothTitles() throws IOException {
        accounts.signIn(TestAccounts.BOARD);
        byte[] pdf = exports.callPdf(fixture.callId, Locale.FRENCH);
        String text = text(pdf);
        assertThat(text)
                .contains("Décisions : Centres de santé")
                .contains("Appel (anglais) : Health centres", "Appel (français) : Centres de santé")
                .contains("Pertinence : 70 %")
                .contains("Décision : Acceptée", "Motif : " + REASON)
                .contains("Voix : oui 1, non 0, abstention 0", "Quorum : 50 % — atteint")
                .contains(FORMULA, "Décision : Pas encore de décision");
        assertThat(fontsAreEmbedded(pdf)).isTrue();
        String english = text(exports.callPdf(fixture.callId, Locale.ENGLISH));
        assertThat(english).contains("Decisions: Health centres", "Decision: Accepted", "Decision: No decision yet");
    }

    @Test
    void theDecisionRecordComparesTheSubmittedVersionsAndHoldsTheReviewAndTheResult() throws IOException {
        accounts.signIn(TestAccounts.MEMBER);
        String markdown =
                new String(exports.proposalRecordMarkdown(decided.id(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(markdown)
                .startsWith("# Decision record: Solar clinic\n")
                .contains("## Versions compared", "What changed from version 2 to version 3")
                .contains("No power at night\\[+ in the maternity ward+\\]")
                .contains("Question from Bea Board", "What does the solar array cost?")
                .contains("About 12 000 €, with the batteries.")
                .contains("- **Decision:** Accepted", "- **Reason:** " + REASON)
                .doesNotContain("latest step");
        String french = text(exports.proposalRecordPdf(decided.id(), Locale.FRENCH));
        assertThat(french)
                .contains("Dossier de décision : Solar clinic")
                .contains("Questions et réponses", "Décision : Acceptée", "Motif : " + REASON);
    }

    @Test
    void aRecordWithoutADecisionSaysSo() {
        accounts.signIn(TestAccounts.BOARD);
        String markdown =
                new String(exports.proposalRecordMarkdown(pending.id(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(markdown)
                .startsWith("# Decision record: =HYPERLINK")
                .contains("- **Decision:** No decision yet")
                .contains("Only one version was submitted");
    }

    @Test
    void aScoringBallotGivesEachCriterionsAverageAndTheWeightedScore() throws IOException {
        ProposalView scored = fixture.proposalInVoting("Water tower");
        BallotView ballot = opening.open(scored.id(), VotingFixture.scoring(true));
        accounts.signIn(TestAccounts.BOARD);
        ballots.declare(ballot.id(), Conflict.NO_CONFLICT, null);
        ballots.castVote(ballot.id(), VoteForm.scores(List.of(4, 2)));
        accounts.signIn(TestAccounts.STAFF);
        closing.closeEarly(ballot.id(), "All have scored");
        String csv = new String(exports.callCsv(fixture.callId), StandardCharsets.UTF_8);
        assertThat(line(csv, scored.id() + ",Water tower,"))
                .contains(",VOTING,ENGAGE,SCORING,CLOSED,1,1,100.0,0,true,,,,,4.00 2.00,3.40,SCORED,no decision yet,,");
        assertThat(text(exports.callPdf(fixture.callId, Locale.ENGLISH)))
                .contains("Relevance (weight 70 %): average 4 from 1 scores")
                .contains("Weighted score (0–5): 3.4", "Outcome: Scored");
    }

    @Test
    void onlyStaffAndTheSpacesBoardExportACallAndAMemberReadsOnlyTheirOwnRecord() {
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(exports.mayExportCall(fixture.callId)).isFalse();
        assertThatThrownBy(() -> exports.callCsv(fixture.callId))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "records.error.may-not-export");
        assertThat(exports.mayReadRecord(decided.id())).isTrue();
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(exports.mayExportCall(fixture.callId)).isFalse();
        assertThatThrownBy(() -> exports.callPdf(fixture.callId, Locale.ENGLISH))
                .hasFieldOrPropertyWithValue("messageKey", "records.error.may-not-export");
        assertThatThrownBy(() -> exports.proposalRecordPdf(decided.id(), Locale.ENGLISH))
                .isInstanceOf(ProposalNotFoundException.class);
        assertThatThrownBy(() -> exports.proposalRecordMarkdown(decided.id(), Locale.ENGLISH))
                .isInstanceOf(ProposalNotFoundException.class);
        accounts.signIn(TestAccounts.BOARD);
        assertThat(exports.mayExportCall(fixture.callId)).isTrue();
    }

    @Test
    void aCallWithMoreProposalsThanTheLimitIsRefusedNotCutShort() {
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> reader(1).call(fixture.callId))
                .hasFieldOrPropertyWithValue("messageKey", "records.error.too-many");
        assertThat(reader(2).call(fixture.callId).proposals()).hasSize(2);
    }

    private DecisionReader reader(int maxProposals) {
        return new DecisionReader(
                context.getBean(CallService.class),
                proposals,
                reviews,
                context.getBean(BallotQueries.class),
                context.getBean(AssociationService.class),
                context.getBean(SpaceAccess.class),
                context.getBean(CurrentUser.class),
                new RecordsProperties(maxProposals));
    }

    private static String line(String csv, String start) {
        return csv.lines()
                .filter(l -> l.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in\n" + csv));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static boolean fontsAreEmbedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean any = false;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }
    }
}
