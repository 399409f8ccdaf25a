package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * A keyboard-only member writes in her space's discussion: from the page's load she presses Tab and Enter only,
 * taking the skip link and the thread's "Write a message" jump when they come, and must be typing in the message
 * field in fewer than 15 key presses; then she posts with the keyboard and the message is there.
 */
class KeyboardJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";
    private static final int MOST_KEYS = 15;

    @Test
    void fromPageLoadToTheMessageFieldInFewerThanFifteenKeys() throws Exception {
        PackagedApp app = PackagedApp.get();
        try (Browser fatima = Browser.open(app)) {
            fatima.signIn("member@passerelle.demo", PASSWORD); // French, participant of the demo space
            fatima.waitForPage();
            String language = fatima.pageLanguage();
            String skip = language.equals("fr") ? "Aller au contenu de la page" : "Skip to the page content";
            String write = language.equals("fr") ? "Écrire un message" : "Write a message";
            fatima.openMenu(language.equals("fr") ? "Espaces" : "Spaces");
            String spacePath = fatima.pathOfLinkLabelled(
                    language.equals("fr") ? "Rwanda — santé et EFTP" : "Rwanda — health and TVET");
            fatima.go(spacePath); // the address the space's link leads to, loaded afresh: keys count from page load
            fatima.waitForPage();
            fatima.waitForText(write);

            List<String> keys = new ArrayList<>();
            String focus = "";
            while (keys.size() < 40 && !focus.startsWith("textarea|Message")) {
                if (focus.contains("|" + skip + "|") || focus.contains("|" + write + "|")) {
                    fatima.press(Keys.ENTER);
                    keys.add("Enter on " + focus);
                } else {
                    fatima.press(Keys.TAB);
                    keys.add("Tab to " + focus);
                }
                Thread.sleep(150); // the jump's focus move is a round trip to the server
                focus = fatima.focused();
            }
            assertThat(focus).as("reached after " + keys).startsWith("textarea|Message");
            assertThat(keys)
                    .as("key presses from page load to the message field")
                    .hasSizeLessThan(MOST_KEYS);

            String message = "Écrit au clavier " + System.nanoTime();
            fatima.press(message);
            String send = language.equals("fr") ? "Envoyer" : "Send";
            for (int tabs = 0; tabs < 5 && !fatima.focused().contains("|" + send + "|"); tabs++) {
                fatima.press(Keys.TAB); // past the field's own helpers, to "Envoyer"
            }
            assertThat(fatima.focused()).contains("|" + send + "|");
            fatima.press(Keys.ENTER);
            fatima.waitForText(message);
        }
    }
}
