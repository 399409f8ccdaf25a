package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.documents.TestFiles;
import org.passerelle.extraction.TestDocuments;

/**
 * Documents in a real browser: an author uploads a French PDF and an English DOCX to her draft at once, watches
 * their states change without reloading until their text is ready, then reads each one: French, English. Then a
 * scanned letter of support (a PDF page that is only an image): its text is read by OCR, the page says so, and the
 * search finds the letter by a word that exists only in the picture.
 */
class DocumentJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";

    @Test
    void uploadTwoDocumentsWatchThemBeReadAndReadThem() throws Exception {
        PackagedApp app = PackagedApp.get();
        Path folder = Files.createTempDirectory("passerelle-journey");
        Path pdf =
                Files.write(folder.resolve("rapport-sante.pdf"), TestFiles.pdf("Rapport de santé", TestFiles.FRENCH));
        Path docx = Files.write(folder.resolve("support-letter.docx"), TestFiles.docx(TestFiles.ENGLISH));
        try (Browser author = Browser.open(app)) {
            author.signIn("member@passerelle.demo", PASSWORD); // Fatima, French
            author.waitForText("Bienvenue, Fatima El Amrani");
            author.openMenu("Mes propositions");
            author.clickButton("Nouvelle proposition");
            author.pick("Appel", "Centres", "Centres de santé et formation professionnelle 2027");
            author.pick("Au nom de l'association", "Amicale", "Amicale des Maliens du Luxembourg");
            author.type("Titre", "Centre de santé de Nyamagabe " + System.nanoTime());
            author.clickButton("Commencer le brouillon");
            author.waitForText("Encore vide : Résumé");

            author.upload(pdf, docx);
            author.waitForText("rapport-sante.pdf");
            author.waitForText("support-letter.docx");
            // the states move from waiting/being read to "text available" live, pushed by the server
            author.waitForText("Texte disponible", 2, Duration.ofSeconds(90));

            author.clickLink("rapport-sante.pdf");
            author.waitForText("Français");
            author.waitForText("centre de santé dans la province du Sud");
            author.driver.navigate().back();
            author.clickLink("support-letter.docx");
            author.waitForText("Anglais");
            author.waitForText("health centre in the Southern Province");
            assertThat(author.currentPath()).matches("/documents/\\d+");
            author.driver.navigate().back();

            TestDocuments.requireTesseract();
            Path scan = TestDocuments.scannedPdf(
                    folder,
                    "lettre-soutien-scannee.pdf",
                    List.of(TestDocuments.photoOfText(List.of(
                            "Lettre de soutien",
                            "La commune de Nyaruguru soutient le projet",
                            "de centre de sante de l'association."))));
            author.upload(scan);
            author.waitForText("lettre-soutien-scannee.pdf");
            author.waitForText("Texte disponible", 3, Duration.ofSeconds(120));
            author.clickLink("lettre-soutien-scannee.pdf");
            author.waitForText("Texte lu par reconnaissance de caractères (OCR)");
            author.waitForText("Nyaruguru");

            author.openMenu("Rechercher");
            author.type("Rechercher dans Passerelle", "nyaruguru");
            author.clickButton("Rechercher");
            author.waitForText("lettre-soutien-scannee.pdf", 1, Duration.ofSeconds(30));
            author.clickLink("lettre-soutien-scannee.pdf");
            author.waitForText("Texte lu par reconnaissance de caractères (OCR)");
            assertThat(author.currentPath()).matches("/documents/\\d+");
        }
    }
}
