package org.passerelle.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.contacts.ContactService;
import org.passerelle.contacts.SegmentCriteria;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An issue sent to 600 people (598 contacts, 2 members) through a real SMTP server inside the test JVM (GreenMail),
 * by the application's own mail jobs: 600 mails arrive, each in its recipient's language, each with an unsubscribe
 * link that opens without signing in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:passerelle-newsletter-smtp;DB_CLOSE_DELAY=-1",
            "passerelle.accounts.demo-data=false",
            "passerelle.documents.storage-dir=target/test-documents/newsletter-smtp",
            "passerelle.accounts.bootstrap-admin-email=",
            "logging.level.org.atmosphere=warn",
            "passerelle.notifications.sweep-interval=PT1H",
            "passerelle.search.in-memory=true",
            "passerelle.search.sweep-interval=PT1H",
            // the real jobs send what the newsletter queues
            "passerelle.mail.jobs=true",
            "passerelle.mail.send-interval=PT0.2S",
            "passerelle.mail.compose-interval=PT1H",
            "passerelle.mail.batch-size=200",
            "passerelle.mail.base-url=https://passerelle.example.org",
            "passerelle.mail.file-dir=target/test-mail/newsletter-smtp"
        })
class NewsletterSmtpTest {

    private static final int CONTACTS = 598;
    private static final Pattern LINK =
            Pattern.compile("https://passerelle\\.example\\.org(/[^\\s]*unsubscribe\\?token=[^\\s]+)");
    private static int port;
    private static GreenMail smtp;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @LocalServerPort
    int webPort;

    @Autowired
    ApplicationContext context;

    @Test
    void sixHundredMailsArriveEachInItsLanguageWithAWorkingUnsubscribeLink() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        accounts.reset();
        smtp.reset();
        accounts.signIn(TestAccounts.STAFF);
        ContactService contacts = context.getBean(ContactService.class);
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < CONTACTS; i++) {
            String language = i % 2 == 0 ? "fr" : "en";
            String email = "contact" + i + "@diaspora.example";
            contacts.add(NewsletterFixture.contact("Contact " + i, "RW", language, email, true));
            expected.put(email, language);
        }
        contacts.add(NewsletterFixture.contact("No consent", "RW", "fr", "refused@diaspora.example", false));
        long segment = contacts.saveSegment("Rwanda", new SegmentCriteria("RW", null, null));
        NotificationSettings settings = context.getBean(NotificationSettings.class);
        settings.set(accounts.idOf(TestAccounts.BOARD), NotificationCategory.NEWSLETTER, MailMode.IMMEDIATE);
        settings.set(accounts.idOf(TestAccounts.MEMBER), NotificationCategory.NEWSLETTER, MailMode.DAILY);
        expected.put(TestAccounts.BOARD.email(), "en");
        expected.put(TestAccounts.MEMBER.email(), "fr");
        NewsletterService newsletters = context.getBean(NewsletterService.class);
        long issue = newsletters.create("Spring news", "Nouvelles du printemps").id();
        newsletters.addText(issue, "Our **projects** moved on.", "Nos **projets** ont avancé.");

        long started = System.nanoTime();
        SendReport report =
                context.getBean(NewsletterSending.class).send(issue, new Audience(segment, true), Locale.ENGLISH);
        long queuedMillis = (System.nanoTime() - started) / 1_000_000;
        TestAccounts.signOut();

        assertThat(report).isEqualTo(new SendReport(600, 0, 600));
        assertThat(smtp.waitForIncomingEmail(120_000, 600))
                .as("600 mails within 2 minutes")
                .isTrue();
        long deliveredMillis = (System.nanoTime() - started) / 1_000_000;
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(600);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Integer> seen = new HashMap<>();
        for (MimeMessage message : received) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            String language = expected.get(to);
            assertThat(language)
                    .as("a mail to someone who should get it: " + to)
                    .isNotNull();
            seen.merge(to, 1, Integer::sum);
            String text = part(message, "text/plain");
            if (language.equals("fr")) {
                assertThat(message.getSubject()).isEqualTo("Nouvelles du printemps");
                assertThat(text).contains("Nos **projets** ont avancé.").contains("Se désabonner");
                assertThat(part(message, "text/html"))
                        .contains("<html lang=\"fr\">")
                        .contains("<strong>projets</strong>");
            } else {
                assertThat(message.getSubject()).isEqualTo("Spring news");
                assertThat(text).contains("Our **projects** moved on.").contains("Unsubscribe");
            }
            assertThat(message.getHeader("List-Unsubscribe")[0]).contains("unsubscribe?token=");
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).as("an unsubscribe link to " + to).isTrue();
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + link.group(1)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("the link of " + to).isEqualTo(200);
            assertThat(page.body()).contains("<form method=\"post\">");
        }
        assertThat(seen)
                .hasSize(600)
                .allSatisfy((to, count) -> assertThat(count).isOne());
        System.out.printf(
                "Newsletter to 600: queued in %d ms, all delivered over SMTP after %d ms%n",
                queuedMillis, deliveredMillis);
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
