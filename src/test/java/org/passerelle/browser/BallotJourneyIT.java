package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The board decides in a real browser, on the demo proposal in voting: while Grace, a board member, has
 * Passerelle open, staff open a ballot in another browser and her bell counts up by push; she opens the
 * notification, which leads to the proposal, declares no conflict and votes; Moussa, a member of the proposing
 * association, finds himself recused and cannot vote; Pierre declares no conflict and votes; Grace's home, in a
 * second browser, lists the ballot and drops it live once she voted; staff close it early with a reason, see
 * the results and record the decision; an author sees the proposal accepted, with the reason.
 */
class BallotJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";
    private static final String TITLE = "Solar power for the Huye health centre"; // the demo proposal

    @Test
    void openDeclareVoteCloseEarlyDecideAndTheAuthorsSeeIt() throws Exception {
        PackagedApp app = PackagedApp.get();
        String closeReason = "Tous les votes attendus sont exprimés " + System.nanoTime();
        String decisionReason = "Le conseil soutient la clinique solaire " + System.nanoTime();
        String proposalPath;
        String ballotPath;
        try (Browser grace = Browser.open(app);
                Browser graceHome = Browser.open(app)) {
            grace.signIn("board@passerelle.demo", PASSWORD); // Grace, English, an elector of the demo space
            grace.waitForText(", Grace Uwimana");
            if (grace.showsText("Bienvenue, Grace Uwimana")) { // the sign-in journey, if it ran first, chose French
                grace.choose("Langue", "English");
            }
            grace.waitForText("Welcome, Grace Uwimana");
            String bell = "vaadin-button.passerelle-bell";
            String label = grace.attribute(bell, "aria-label");
            int unread = label.equals("Notifications") ? 0 : Integer.parseInt(label.replaceAll("\\D", ""));
            try (Browser staff = Browser.open(app)) {
                staff.signIn("staff@passerelle.demo", PASSWORD); // Lucas, French
                staff.waitForText("Bienvenue, Lucas Peeters");
                staff.openMenu("Scrutins");
                staff.waitForText("Propositions au vote sans scrutin");
                staff.waitForText(TITLE);
                staff.clickButton("Ouvrir un scrutin");
                staff.waitForText("Ouvrir un scrutin sur " + TITLE);
                staff.clickButton("Ouvrir le scrutin"); // the defaults: decision, whole board, open ballot, 7 days
                staff.waitForText("Le scrutin est ouvert.");
                staff.waitForText("Aucune proposition n'attend de scrutin.");
                staff.clickLink(TITLE); // in the ballots in progress
                staff.waitForText("Déclarations de conflits d'intérêts");
                ballotPath = staff.currentPath();
                assertThat(ballotPath).matches("/voting/ballots/\\d+");
                assertThat(staff.pageText())
                        .contains("Récusés : 1 sur 3 électeurs (Moussa Traoré)")
                        .contains("Membre de l'association porteuse (récusé·e)");
                staff.clickLink(TITLE); // the proposal
                staff.waitForText("Détails et résultats du scrutin"); // the ballot on the proposal page
                assertThat(staff.pageText()).contains("Au vote");
                proposalPath = staff.currentPath();
                assertThat(proposalPath).matches("/proposals/\\d+");
            }

            // while staff opened the ballot in their browser, Grace's bell counted up by push
            grace.waitForAttribute(bell, "aria-label", "Notifications, " + (unread + 1) + " unread");
            // her home, in a second browser, lists the ballot; it leaves the list live once she has voted
            graceHome.signIn("board@passerelle.demo", PASSWORD);
            graceHome.waitForText("Welcome, Grace Uwimana");
            graceHome.waitForText("Ballots awaiting my vote");
            assertThat(graceHome.sectionText("Ballots awaiting my vote")).contains(TITLE);
            assertThat(graceHome.accessibilityViolations())
                    .as("axe-core on the home")
                    .isEmpty();
            grace.openMenu("Notifications");
            String told = "A ballot opened on \u201c" + TITLE + "\u201d: your vote is awaited.";
            grace.waitForText(told);
            grace.clickButton(told);
            grace.waitForText("Do you have a conflict of interest with this proposal?");
            assertThat(grace.currentPath()).isEqualTo(proposalPath);
            grace.waitForAttribute(
                    bell, "aria-label", unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
            grace.chooseRadio("No conflict of interest");
            grace.clickButton("Declare");
            grace.waitForText("Your declaration is recorded.");
            grace.chooseRadio("Yes");
            grace.clickButton("Vote");
            grace.waitForText("Your vote is recorded.");
            grace.waitForText("Your vote: Yes");
            // the demo's other ballot (closing in two days) stays in the list
            graceHome.waitForSectionWithout("Ballots awaiting my vote", TITLE);
            graceHome.openMenu("3E pipeline");
            graceHome.waitForText("How the proposals you may see move through enable");
            assertThat(graceHome.accessibilityViolations())
                    .as("axe-core on the pipeline")
                    .isEmpty();
            // and the e-mail went out (written as a file: the journey's app has no SMTP server), in English
            var mail = app.awaitMail("board@passerelle.demo", TITLE, Duration.ofSeconds(60)); // not the demo's other
            assertThat(mail.getSubject()).contains("A ballot opened on");
            assertThat(mail.getHeader("List-Unsubscribe")).isNotEmpty();
        }
        try (Browser recused = Browser.open(app)) {
            recused.signIn("board.member@passerelle.demo", PASSWORD); // Moussa, board member and co-author
            recused.waitForText("Bienvenue, Moussa Traoré");
            recused.openMenu("Mes propositions"); // Moussa is a co-author
            recused.clickGridRow(TITLE);
            assertThat(recused.currentPath()).isEqualTo(proposalPath);
            recused.waitForText("Votre déclaration : Membre de l'association porteuse (récusé·e)");
            assertThat(recused.pageText()).contains("Récusés : 1 sur 3 électeurs");
            assertThat(recused.showsButton("Voter")).isFalse();
            assertThat(recused.showsButton("Déclarer")).isFalse();
            recused.openMenu("En attente de mon vote");
            recused.waitForText(
                    "Telemedicine links between Kigali hospitals and rural health centres"); // the demo's other
            assertThat(recused.showsText(TITLE)).isFalse();
        }
        try (Browser pierre = Browser.open(app)) {
            pierre.signIn("board2@passerelle.demo", PASSWORD); // Pierre, French
            pierre.waitForText("Bienvenue, Pierre Nkurunziza");
            pierre.openMenu("En attente de mon vote");
            pierre.clickLink(TITLE);
            pierre.waitForText("Avez-vous un conflit d'intérêts avec cette proposition ?");
            pierre.chooseRadio("Pas de conflit d'intérêts");
            pierre.clickButton("Déclarer");
            pierre.waitForText("Votre déclaration est enregistrée.");
            pierre.chooseRadio("Oui");
            pierre.clickButton("Voter");
            pierre.waitForText("Votre vote est enregistré.");
            pierre.waitForText("Votre vote : Oui");
        }
        try (Browser staff = Browser.open(app)) {
            staff.signIn("staff@passerelle.demo", PASSWORD);
            staff.waitForText("Bienvenue, Lucas Peeters");
            staff.openMenu("Scrutins");
            staff.clickLink(TITLE); // in the ballots in progress
            assertThat(staff.currentPath()).isEqualTo(ballotPath);
            staff.waitForText("Ont participé jusqu'ici : 2");
            staff.clickButton("Clore avant terme");
            staff.type("Raison", closeReason);
            staff.clickDialogButton("Clore avant terme");
            staff.waitForText("Clos avant terme : " + closeReason);
            staff.waitForText("Résultat : Adopté");
            assertThat(staff.pageText())
                    .contains("2 des 2 membres admis ont participé (100 %) ; quorum 50 % : atteint")
                    .contains("Oui : 2")
                    .contains("Grace Uwimana : Oui")
                    .contains("Pierre Nkurunziza : Oui");
            staff.clickButton("Enregistrer la décision");
            staff.chooseRadio("Accepter");
            staff.type("Raison", decisionReason);
            staff.clickDialogButton("Enregistrer la décision");
            staff.waitForText("c'est définitif"); // the dialog asks a second time, saying what it does
            staff.clickDialogButton("Enregistrer la décision");
            staff.waitForText("Décision : Acceptée — " + decisionReason);
        }
        try (Browser author = Browser.open(app)) {
            author.signIn("member@passerelle.demo", PASSWORD); // Fatima, French, author of the proposal
            author.waitForText("Bienvenue, Fatima El Amrani");
            author.openMenu("Mes propositions");
            author.clickGridRow(TITLE);
            assertThat(author.currentPath()).isEqualTo(proposalPath);
            author.waitForText("Dernière raison donnée : " + decisionReason);
            assertThat(author.pageText()).contains("Acceptée");
        }
    }
}
