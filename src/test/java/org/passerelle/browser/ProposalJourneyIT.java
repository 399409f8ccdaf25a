package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The heart of the workspace in a real browser: an association member starts a draft in the demo call,
 * adds a co-author, sees the checklist; the co-author completes it; the author submits; staff move it to
 * review; a board member of the space asks a question; the author answers.
 */
class ProposalJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";

    @Test
    void draftWithACoAuthorSubmitReviewAskAndAnswer() throws Exception {
        PackagedApp app = PackagedApp.get();
        String title = "Clinique solaire de Huye " + System.nanoTime();
        String editorPath;
        try (Browser author = Browser.open(app)) {
            author.signIn("member@passerelle.demo", PASSWORD); // Fatima, French
            author.waitForText("Bienvenue, Fatima El Amrani");
            // from the call, as an association finds it: no typed address anywhere in this journey
            author.openMenu("Appels");
            author.waitForText("Centres de santé et formation professionnelle 2027");
            author.clickLink("Ouvrir l'appel");
            author.clickLink("Proposer un projet à cet appel");
            author.waitForText("Commencer le brouillon"); // the new-proposal dialog, the call already chosen
            author.pick("Au nom de l'association", "Amicale", "Amicale des Maliens du Luxembourg");
            author.type("Titre", title);
            author.clickButton("Commencer le brouillon");
            author.waitForText("Encore vide : Résumé");
            editorPath = author.currentPath();
            assertThat(editorPath).matches("/proposals/\\d+/edit");

            author.pick("Membre de l'association", "Moussa", "Moussa Traoré");
            author.clickButton("Ajouter comme co-auteur");
            author.waitForText("Moussa Traoré est maintenant co-auteur.");

            author.typeAndLeave("Résumé", "Une clinique alimentée par le soleil.");
            author.type("Problème et contexte", "Pas d'électricité la nuit au centre de santé.");
            author.type("Objectifs", "- éclairer la maternité\n- conserver les vaccins");
            author.type("Activités", "Installer 40 panneaux et former deux techniciens.");
            author.type("Bénéficiaires", "3 000 patients par an.");
            author.pick("Pays", "Rwa", "Rwanda");
            author.pick("Secteurs", "Sant", "Santé");
            author.typeAndLeave("Montant du budget", "25000");
            author.setDate("Date de début", "2027-03-01");
            author.setDate("Date de fin", "2028-03-01");
            author.clickButton("Enregistrer");
            author.waitForText("Enregistré à");
            author.waitForText("Encore vide : Durabilité");
            assertThat(author.showsText("Encore vide : Résumé")).isFalse();
        }
        try (Browser coAuthor = Browser.open(app)) {
            coAuthor.signIn("board.member@passerelle.demo", PASSWORD); // Moussa, co-author
            coAuthor.waitForText("Bienvenue, Moussa Traoré");
            coAuthor.openMenu("Mes propositions");
            coAuthor.clickGridRow(title);
            coAuthor.clickButton("Modifier");
            coAuthor.waitForPath(editorPath);
            coAuthor.type("Compétences et ressources apportées par la diaspora", "Deux ingénieurs solaires.");
            coAuthor.type("Impact attendu", "Des soins de nuit sûrs.");
            coAuthor.type("Durabilité", "Les techniciens locaux entretiennent les panneaux.");
            coAuthor.clickButton("Enregistrer");
            coAuthor.waitForText("Enregistré à");
            coAuthor.waitForText("Toutes les sections obligatoires sont remplies");
        }
        String proposalPath = editorPath.replace("/edit", "");
        try (Browser author = Browser.open(app)) {
            author.signIn("member@passerelle.demo", PASSWORD);
            author.waitForText("Bienvenue, Fatima El Amrani");
            author.openMenu("Mes propositions");
            author.clickGridRow(title);
            author.clickButton("Modifier");
            author.waitForPath(editorPath);
            author.waitForText("Toutes les sections obligatoires sont remplies");
            author.clickButton("Soumettre");
            author.waitForText("Votre proposition a été soumise.");
            assertThat(author.currentPath()).isEqualTo(proposalPath);
        }
        try (Browser staff = Browser.open(app)) {
            staff.signIn("staff@passerelle.demo", PASSWORD); // Lucas, French
            staff.waitForText("Bienvenue, Lucas Peeters");
            staff.openMenu("Tri");
            staff.clickGridRow(title);
            assertThat(staff.currentPath()).isEqualTo(proposalPath);
            staff.clickButton("Passer en examen");
            staff.waitForText("La proposition est maintenant : En examen.");
        }
        try (Browser board = Browser.open(app)) {
            board.signIn("board@passerelle.demo", PASSWORD); // Grace, English, board member of the Rwanda space
            board.waitForText("Welcome, Grace Uwimana");
            // from the call's proposals, as a board member finds them
            board.openMenu("Calls");
            board.clickLink("Open the call");
            board.clickLink("See the proposals of this call");
            board.clickGridRow(title);
            assertThat(board.currentPath()).isEqualTo(proposalPath);
            board.type("Your question to the authors", "Who maintains the panels after year one?");
            board.clickButton("Ask");
            board.waitForText("Sent.");
        }
        try (Browser author = Browser.open(app)) {
            author.signIn("member@passerelle.demo", PASSWORD);
            author.waitForText("Bienvenue, Fatima El Amrani");
            author.openMenu("Mes propositions");
            author.clickGridRow(title);
            author.waitForText("Who maintains the panels after year one?");
            author.type("Votre réponse", "Les deux techniciens formés, payés par la coopérative.");
            author.clickButton("Envoyer la réponse");
            author.waitForText("Envoyé.");
            author.waitForText("Les deux techniciens formés, payés par la coopérative.");
        }
    }
}
