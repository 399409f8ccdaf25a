package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Staff create a private space and invite an association member, who accepts and sees it; another
 * association member gets "not found" at the same address — the same page as for an id that does not exist.
 */
class PrivateSpaceJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";

    @Test
    void aPrivateSpaceIsSeenByInviteesOnly() throws Exception {
        PackagedApp app = PackagedApp.get();
        String title = "Guinée — formation agricole " + System.nanoTime();
        String spacePath;
        try (Browser staff = Browser.open(app)) {
            staff.signIn("staff@passerelle.demo", PASSWORD); // a French-speaking account
            staff.waitForText("Bienvenue, Lucas Peeters");
            staff.openMenu("Espaces");
            staff.clickButton("Nouvel espace");
            staff.type("Titre (français)", title);
            staff.chooseRadio("Privé : membres seulement");
            staff.clickButton("Enregistrer");
            staff.waitForText("Retirer"); // the members panel of the new space
            spacePath = staff.currentPath();
            assertThat(spacePath).matches("/spaces/\\d+");
            staff.pick("Personne", "Fatima", "Fatima El Amrani");
            staff.clickButton("Inviter");
            staff.waitForText("Invitation envoyée à Fatima El Amrani.");
        }
        try (Browser invitee = Browser.open(app)) {
            invitee.signIn("member@passerelle.demo", PASSWORD);
            invitee.waitForText("Bienvenue, Fatima El Amrani");
            invitee.go(spacePath);
            invitee.waitForText("Page introuvable"); // not a member yet
            invitee.clickLink("Retour à l'accueil");
            invitee.openMenu("Mes espaces");
            invitee.waitForText(title);
            invitee.clickButton("Accepter");
            invitee.waitForText("Bienvenue : vous êtes maintenant membre.");
            invitee.go(spacePath);
            invitee.waitForText(title);
            assertThat(invitee.showsText("Page introuvable")).isFalse();
        }
        try (Browser stranger = Browser.open(app)) {
            stranger.signIn("member2@passerelle.demo", PASSWORD); // an English-speaking account
            stranger.waitForText("Welcome, Jean-Paul Habimana");
            stranger.go(spacePath);
            stranger.waitForText("Page not found");
            String hidden = stranger.pageText();
            assertThat(hidden).doesNotContain(title);
            stranger.go("/spaces/987654321");
            stranger.waitForText("Page not found");
            stranger.clickLink("Back to the home page");
            stranger.openMenu("Spaces");
            stranger.waitForText("Women's associations");
            assertThat(stranger.showsText(title)).isFalse();
        }
    }
}
