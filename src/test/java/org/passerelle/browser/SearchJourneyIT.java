package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.extraction.TestDocuments;

/**
 * Search in a real browser: an author uploads a three-page French PDF to her draft, then searches a word that is
 * only on its third page (in another form: plural, no accent), and the hit opens the document at that page.
 */
class SearchJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";

    @Test
    void aWordFromTheThirdPageOfAnUploadedPdfOpensThatPage() throws Exception {
        PackagedApp app = PackagedApp.get();
        Path folder = Files.createTempDirectory("passerelle-search-journey");
        Path pdf = TestDocuments.pdf(
                folder,
                "etude-trois-pages.pdf",
                "Étude de faisabilité",
                List.of(
                        "Le projet vise à construire un centre de santé dans la province du Sud.",
                        "Les membres de la diaspora apportent leurs compétences en gestion.",
                        "La coopérative de Gisagara entretiendra les citernes d'eau de pluie."));
        try (Browser author = Browser.open(app)) {
            author.signIn("member@passerelle.demo", PASSWORD); // Fatima, French
            author.waitForText("Bienvenue, Fatima El Amrani");
            author.openMenu("Mes propositions");
            author.clickButton("Nouvelle proposition");
            author.pick("Appel", "Centres", "Centres de santé et formation professionnelle 2027");
            author.pick("Au nom de l'association", "Amicale", "Amicale des Maliens du Luxembourg");
            author.type("Titre", "Citernes de Gisagara " + System.nanoTime());
            author.clickButton("Commencer le brouillon");
            author.waitForText("Encore vide : Résumé");
            author.upload(pdf);
            author.waitForText("Texte disponible", 1, Duration.ofSeconds(90));

            author.openMenu("Rechercher");
            author.type("Rechercher dans Passerelle", "cooperatives citerne");
            author.clickButton("Rechercher");
            author.waitForText("Page 3", 1, Duration.ofSeconds(30));
            author.waitForText("Gisagara");
            assertThat(author.accessibilityViolations())
                    .as("axe-core on the search page")
                    .isEmpty();
            author.clickLink("etude-trois-pages.pdf — Étude de faisabilité");
            author.waitForText("Page 3 sur 3");
            author.waitForText("La coopérative de Gisagara entretiendra les citernes");
            assertThat(author.currentPath()).matches("/documents/\\d+");
            assertThat(author.driver.getCurrentUrl()).endsWith("?page=3");
        }
    }
}
