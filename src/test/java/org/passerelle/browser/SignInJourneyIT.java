package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In a real browser against the packaged jar: sign in (the login form posts from the application's own
 * origin), switch to French, see the French home, sign out; the page's security policy refuses nothing; the
 * page's {@code <html lang>} is always the language shown, for screen readers.
 */
class SignInJourneyIT {

    @Test
    void signInSwitchToFrenchAndSignOut() throws Exception {
        PackagedApp app = PackagedApp.get();
        int mark = app.logText().length();
        try (Browser browser = Browser.open(app)) {
            browser.signIn("board@passerelle.demo", "Passerelle-demo-2026");
            browser.waitForText("Welcome, Grace Uwimana");
            assertThat(browser.currentPath()).isEqualTo("/");
            browser.waitForPageLanguage("en");
            // Vaadin starts under the pages' Content-Security-Policy: nothing it needs is refused
            assertThat(browser.consoleLog()).doesNotContain("Content Security Policy");

            browser.choose("Language", "Français");
            browser.waitForText("Bienvenue, Grace Uwimana");
            assertThat(browser.showsText("Accueil")).isTrue();
            browser.waitForPageLanguage("fr");

            browser.clickButton("Se déconnecter");
            browser.waitForText("Connexion");
            assertThat(browser.currentPath()).isEqualTo("/login");
            assertThat(browser.pageLanguage()).isEqualTo("fr");

            // now a French user: French from the first page after sign-in; back to English with the switch
            browser.signIn("board@passerelle.demo", "Passerelle-demo-2026");
            browser.waitForText("Bienvenue, Grace Uwimana");
            assertThat(browser.pageLanguage()).isEqualTo("fr");
            browser.choose("Langue", "English");
            browser.waitForText("Welcome, Grace Uwimana");
            browser.waitForPageLanguage("en");
        }
        assertThat(app.logOf(mark)).doesNotContain("Exception");
        assertThat(app.logText()).doesNotContainIgnoringCase("npm install");
    }

    @Test
    void wrongPasswordShowsATranslatedMessageAndNoHint() throws Exception {
        PackagedApp app = PackagedApp.get();
        try (Browser browser = Browser.open(app)) {
            browser.signIn("nobody@passerelle.demo", "not-the-password-at-all");
            browser.waitForText("The e-mail address or the password is not right");
            assertThat(browser.currentPath()).isEqualTo("/login");
        }
    }
}
