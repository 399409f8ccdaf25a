package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A space's thread in three real browsers at once: a member posts, another member sees the message appear
 * without reloading; staff (who moderate every space) hide it with a reason, and both members see the
 * "hidden by a moderator" notice in their own language, again without reloading. Staff then write from the
 * top of the thread ("Write a message" takes the keyboard to the message box) and delete their message from
 * its actions menu, after confirming.
 */
class ThreadJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";

    @Test
    void aPostAppearsLiveAndSoDoesItsHiding() throws Exception {
        PackagedApp app = PackagedApp.get();
        String message = "Qui peut relire notre budget avant vendredi ? " + System.nanoTime();
        try (Browser fatima = Browser.open(app);
                Browser grace = Browser.open(app);
                Browser staff = Browser.open(app)) {
            staff.signIn("staff@passerelle.demo", PASSWORD);
            staff.waitForText("Bienvenue, Lucas Peeters");
            staff.openMenu("Espaces");
            String spacePath = staff.pathOfLinkLabelled("Rwanda — santé et EFTP");
            assertThat(spacePath).matches("/spaces/\\d+");

            fatima.signIn("member@passerelle.demo", PASSWORD); // French, participant of the space
            fatima.waitForText("Bienvenue, Fatima El Amrani");
            fatima.openMenu("Espaces");
            fatima.clickLinkLabelled("Rwanda — santé et EFTP");
            fatima.waitForText("Discussion");
            grace.signIn("board@passerelle.demo", PASSWORD); // English, board member of the space
            grace.waitForText("Grace Uwimana");
            grace.openMenu("Spaces");
            grace.clickLinkLabelled("Rwanda — health and TVET");
            grace.waitForText("Discussion");
            staff.clickLinkLabelled("Rwanda — santé et EFTP"); // still on the list of spaces
            staff.waitForText("Discussion");

            fatima.type("Message", message);
            fatima.clickButton("Envoyer");
            fatima.waitForText(message);
            grace.waitForText(message); // pushed: Grace's page was not reloaded
            staff.waitForText(message);
            // the message list (a Lit template given server-rendered HTML) runs under the page's policy
            assertThat(grace.consoleLog()).doesNotContain("Content Security Policy");

            staff.clickMessageAction(message, "hide");
            staff.type("Motif", "Hors sujet ici : voir le fil de la proposition.");
            staff.clickDialogButton("Masquer");
            fatima.waitForText("Masqué par un modérateur : Hors sujet ici");
            grace.waitForText(": Hors sujet ici"); // "Hidden by a moderator: …" (her language may have been changed)
            assertThat(grace.showsText(message))
                    .as("the hidden text is gone from others' pages")
                    .isFalse();

            String note = "Merci, je m'en occupe. " + System.nanoTime();
            staff.clickButton("Écrire un message");
            staff.typeWhereFocused("Message", note);
            staff.clickButton("Envoyer");
            fatima.waitForText(note);
            staff.clickMessageAction(note, "delete");
            staff.clickDialogButton("Supprimer le message");
            staff.waitForTextGone(note);
            fatima.waitForTextGone(note);
        }
    }
}
