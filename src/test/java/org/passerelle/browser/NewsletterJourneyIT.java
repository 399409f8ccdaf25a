package org.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The newsletter in a real browser: staff (French) import two contacts from a CSV file, save a segment, compose an
 * issue in English and French and send it to the segment; the two mails arrive (the app writes them as .eml files),
 * one in English, one in French; the French contact opens the unsubscribe link of the mail, not signed in, and
 * unsubscribes.
 */
class NewsletterJourneyIT {

    private static final String PASSWORD = "Passerelle-demo-2026";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/newsletters/unsubscribe\\?token=\\S+)");

    @Test
    void staffImportContactsSendAnIssueInTwoLanguagesAndARecipientUnsubscribes() throws Exception {
        PackagedApp app = PackagedApp.get();
        int mark = app.logText().length();
        String run = Long.toString(System.nanoTime(), 36);
        String french = "aline." + run + "@journey.example";
        String english = "john." + run + "@journey.example";
        Path folder = Files.createTempDirectory("passerelle-newsletter-journey");
        Path csv = Files.writeString(
                folder.resolve("contacts.csv"),
                "Name,Organisation,Country,Sectors,Languages,Preferred language,E-mail,Consent,Consent date,"
                        + "Consent source,Notes\n"
                        + "Aline Uwase,Ubumwe asbl,RW,Health,fr,fr," + french + ",oui,2026-10-12,forum,\n"
                        + "John Mugabo,Ubumwe asbl,RW,Health,en,en," + english + ",yes,2026-10-12,forum,\n",
                StandardCharsets.UTF_8);
        try (Browser staff = Browser.open(app)) {
            staff.signIn("staff@passerelle.demo", PASSWORD); // Lucas, French
            staff.waitForText("Lucas Peeters");
            staff.openMenu("Contacts");
            staff.clickButton("Importer un CSV");
            staff.upload(csv);
            staff.waitForText("2 nouveaux");
            staff.clickDialogButton("Importer 2 lignes");
            staff.waitForText("Importé : 2 ajoutés");
            staff.type("Nom du segment", "Journée " + run);
            staff.clickButton("Enregistrer le filtre comme segment");
            staff.waitForText("Segment enregistré.");

            staff.openMenu("Lettre d’information");
            staff.type("Objet en anglais", "Journey news " + run);
            staff.type("Objet en français", "Nouvelles " + run);
            staff.clickButton("Nouveau numéro");
            staff.type("Texte en anglais (Markdown)", "Hello from the **board**.");
            staff.type("Texte en français (Markdown)", "Bonjour du **conseil**.");
            staff.clickButton("Ajouter un texte");
            staff.waitForText("Bonjour du");
            staff.pick("Segment de contacts", run, "Journée " + run);
            staff.clickButton("Envoyer");
            staff.waitForText("Envoyé le");
        }

        MimeMessage toJohn = app.awaitMail(english, "Journey news " + run, Duration.ofSeconds(60));
        MimeMessage toAline = app.awaitMail(french, "Nouvelles " + run, Duration.ofSeconds(60));
        assertThat(part(toJohn, "text/plain")).contains("Hello from the **board**.");
        assertThat(part(toAline, "text/plain")).contains("Bonjour du **conseil**.");
        assertThat(part(toAline, "text/html")).contains("<html lang=\"fr\">");
        Matcher link = LINK.matcher(part(toAline, "text/plain"));
        assertThat(link.find()).isTrue();

        try (Browser aline = Browser.open(app)) {
            aline.go(link.group(1));
            aline.waitForText("Se désabonner de la lettre d’information ?");
            aline.driver
                    .findElement(org.openqa.selenium.By.cssSelector("form button"))
                    .click();
            aline.waitForText("Vous êtes désabonné·e");
        }
        // what this journey made the app log (its start is checked by SignInJourneyIT)
        assertThat(PackagedApp.withoutClosingPushRace(app.logText().substring(mark)))
                .doesNotContain("Exception");
    }

    private static String part(Part message, String type) throws Exception {
        if (message.isMimeType(type)) {
            return ((String) message.getContent()).replace("\r\n", "\n");
        }
        if (message.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String found = part(part, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
