package org.passerelle.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.QueryCounter;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The CSV import with real files (src/test/resources/contacts/); run on H2 and PostgreSQL by the subclasses. */
abstract class ContactImportContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContactImport imports;

    @Autowired
    ContactService contacts;

    @Autowired
    ContactExport export;

    TestAccounts accounts;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        accounts.signIn(TestAccounts.STAFF);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static byte[] file(String name) {
        try (InputStream in = ContactImportContract.class.getResourceAsStream("/contacts/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContactDetails byEmail(String email) {
        return contacts.find(new ContactFilter(email, null, null, null, null), 0, 2).stream()
                .filter(c -> c.email().equalsIgnoreCase(email))
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> importAudit() {
        return jdbc.queryForList("select actor_id, details from audit_entry where action = 'contacts.imported'");
    }

    @Test
    void aGoodUtf8FileIsPreviewedThenImported() {
        ImportPreview preview = imports.preview(file("good-utf8.csv"), "good-utf8.csv");
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.rows())
                .extracting(ImportRow::line, ImportRow::email, ImportRow::status)
                .containsExactly(
                        Tuple.tuple(2, "awa.diallo@example.org", ImportStatus.NEW),
                        Tuple.tuple(3, "JP.Habimana@Example.org", ImportStatus.NEW),
                        Tuple.tuple(4, "fatima@example.org", ImportStatus.NEW));
        assertThat(contacts.count(ContactFilter.none()))
                .as("a preview writes nothing")
                .isZero();

        ImportResult result = imports.importFile(file("good-utf8.csv"), "good-utf8.csv");
        assertThat(result).isEqualTo(new ImportResult(3, 0, 0));

        ContactDetails awa = byEmail("awa.diallo@example.org");
        assertThat(awa.organisation()).isEqualTo("Association Sénégalaise de Liège");
        assertThat(awa.countryCode()).isEqualTo("SN");
        assertThat(awa.sectors()).containsExactly(Sector.HEALTH, Sector.YOUTH);
        assertThat(awa.languages()).containsExactly("en", "fr");
        assertThat(awa.mailLanguage()).isEqualTo("fr");
        assertThat(awa.consentSource()).isEqualTo("form at the diaspora forum");
        assertThat(awa.consentAt()).isEqualTo(java.time.Instant.parse("2026-10-11T22:00:00Z"));
        assertThat(awa.notes()).isEqualTo("Speaker, health panel");
        ContactDetails jp = byEmail("jp.habimana@example.org");
        assertThat(jp.countryCode()).as("a country by its English name").isEqualTo("RW");
        assertThat(jp.sectors()).containsExactly(Sector.EDUCATION_TVET);
        assertThat(jp.consentSource()).as("no source given: the import's").startsWith("CSV import 20");
        ContactDetails fatima = byEmail("fatima@example.org");
        assertThat(fatima.countryCode()).as("a country by its French name").isEqualTo("MA");
        assertThat(fatima.sectors())
                .as("a sector by its French name")
                .containsExactly(Sector.ENTREPRENEURSHIP_INVESTMENT);
        assertThat(fatima.mailLanguage()).isEqualTo("fr");

        List<Map<String, Object>> audit = importAudit();
        assertThat(audit).hasSize(1);
        assertThat(((Number) audit.getFirst().get("actor_id")).longValue())
                .isEqualTo(accounts.idOf(TestAccounts.STAFF));
        assertThat((String) audit.getFirst().get("details")).isEqualTo("good-utf8.csv, 3, 0, 0");
    }

    @Test
    void aWindows1252FileKeepsItsAccents() {
        ImportPreview preview = imports.preview(file("windows-1252.csv"), "windows-1252.csv");
        assertThat(preview.encoding()).isEqualTo("windows-1252");
        assertThat(preview.rows()).extracting(ImportRow::status).containsOnly(ImportStatus.NEW);
        assertThat(preview.rows().getFirst().name()).isEqualTo("Aminata Koné");

        imports.importFile(file("windows-1252.csv"), "windows-1252.csv");
        ContactDetails aminata = byEmail("aminata@example.org");
        assertThat(aminata.name()).isEqualTo("Aminata Koné");
        assertThat(aminata.organisation()).isEqualTo("Société des Maliens de Liège");
        assertThat(aminata.countryCode()).isEqualTo("ML");
        assertThat(aminata.sectors()).containsExactly(Sector.HEALTH);
        assertThat(aminata.consentSource()).isEqualTo("formulaire du forum à Liège");
        assertThat(aminata.notes()).isEqualTo("Intervenante « santé »");
        ContactDetails elodie = byEmail("elodie@example.org");
        assertThat(elodie.name()).isEqualTo("Élodie Ngoma");
        assertThat(elodie.sectors()).containsExactly(Sector.EDUCATION_TVET);
    }

    @Test
    void wrongColumnsAreRefusedWithTheExpectedOnes() {
        assertThatThrownBy(() -> imports.preview(file("wrong-columns.csv"), "wrong-columns.csv"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contacts.import.error.columns");
                    assertThat(e.arguments())
                            .containsExactly(
                                    "E-mail, Consent",
                                    "Mail, Newsletter",
                                    "Name / Nom, E-mail / Courriel, Consent / Consentement",
                                    "Organisation, Country / Pays, Sectors / Secteurs, Languages / Langues,"
                                            + " Preferred language / Langue préférée, Consent date / Date du consentement,"
                                            + " Consent source / Source du consentement, Notes / Remarques");
                });
        assertThatThrownBy(() -> imports.importFile(file("wrong-columns.csv"), "wrong-columns.csv"))
                .isInstanceOf(UserFacingException.class);
        assertThat(contacts.count(ContactFilter.none())).isZero();
        assertThat(importAudit()).isEmpty();
    }

    @Test
    void formulaCellsAreStoredAsTextAndNeutralisedInTheExport() {
        assertThat(imports.importFile(file("formula.csv"), "formula.csv")).isEqualTo(new ImportResult(2, 0, 0));
        ContactDetails formula = byEmail("formula@example.org");
        assertThat(formula.name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(formula.notes()).isEqualTo("+cmd|' /C calc'!A0");

        String csv = new String(export.csv(ContactFilter.none()), StandardCharsets.UTF_8);
        assertThat(csv).contains("'@SUM(1+1)").contains("'-2+3");
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
                .contains("'+cmd|");
        assertThat(csv.lines().skip(1)).noneMatch(line -> line.matches("^\"?[=+\\-@].*"));
    }

    @Test
    void duplicatesInTheFileAreLeftOutAndKnownAddressesUpdated() {
        contacts.add(ContactServiceContract.form("Moussa Traoré", "MOUSSA@example.org", "ML", null, "fr", true));

        ImportPreview preview = imports.preview(file("duplicates.csv"), "duplicates.csv");
        assertThat(preview.rows())
                .extracting(ImportRow::line, ImportRow::status, ImportRow::reasonKey, ImportRow::reasonArguments)
                .containsExactly(
                        Tuple.tuple(2, ImportStatus.NEW, null, List.of()),
                        Tuple.tuple(3, ImportStatus.ERROR, "contacts.import.error.duplicate", List.of("2")),
                        Tuple.tuple(4, ImportStatus.UPDATE, null, List.of()),
                        Tuple.tuple(5, ImportStatus.ERROR, "contacts.import.error.duplicate", List.of("4")));

        assertThat(imports.importFile(file("duplicates.csv"), "duplicates.csv")).isEqualTo(new ImportResult(1, 1, 2));
        assertThat(contacts.count(ContactFilter.none())).isEqualTo(2);
        ContactDetails moussa = byEmail("moussa@example.org");
        assertThat(moussa.email()).isEqualTo("moussa@example.org");
        assertThat(moussa.countryCode()).as("a blank cell keeps what was there").isEqualTo("ML");
        assertThat(moussa.consentSource()).startsWith("CSV import");
    }

    @Test
    void invalidAddressesAreLeftOutWithTheirReason() {
        ImportPreview preview = imports.preview(file("invalid-emails.csv"), "invalid-emails.csv");
        assertThat(preview.rows())
                .extracting(ImportRow::name, ImportRow::status, ImportRow::reasonKey)
                .containsExactly(
                        Tuple.tuple("No At", ImportStatus.ERROR, "contacts.error.email-invalid"),
                        Tuple.tuple("Two Ats", ImportStatus.ERROR, "contacts.error.email-invalid"),
                        Tuple.tuple("Space", ImportStatus.ERROR, "contacts.error.email-invalid"),
                        Tuple.tuple("No Domain", ImportStatus.ERROR, "contacts.error.email-invalid"),
                        Tuple.tuple("Empty", ImportStatus.ERROR, "contacts.error.email-required"),
                        Tuple.tuple("Good", ImportStatus.NEW, null));
        assertThat(imports.importFile(file("invalid-emails.csv"), "x.csv")).isEqualTo(new ImportResult(1, 0, 5));
    }

    @Test
    void missingConsentAndUnknownWordsAreLeftOut() {
        ImportPreview preview = imports.preview(file("missing-consent.csv"), "missing-consent.csv");
        assertThat(preview.rows())
                .extracting(ImportRow::email, ImportRow::status, ImportRow::reasonKey, ImportRow::reasonArguments)
                .containsExactly(
                        Tuple.tuple("yes@example.org", ImportStatus.NEW, null, List.of()),
                        Tuple.tuple(
                                "no@example.org",
                                ImportStatus.ERROR,
                                "contacts.import.error.consent-missing",
                                List.of()),
                        Tuple.tuple(
                                "blank@example.org",
                                ImportStatus.ERROR,
                                "contacts.import.error.consent-missing",
                                List.of()),
                        Tuple.tuple(
                                "country@example.org",
                                ImportStatus.ERROR,
                                "contacts.import.error.country",
                                List.of("Atlantis")),
                        Tuple.tuple(
                                "sector@example.org",
                                ImportStatus.ERROR,
                                "contacts.import.error.sector",
                                List.of("Space travel")));
        assertThat(imports.importFile(file("missing-consent.csv"), "m.csv")).isEqualTo(new ImportResult(1, 0, 4));
    }

    @Test
    void aWithdrawnConsentIsNotRenewedByAnOlderFile() {
        long awa = contacts.add(ContactServiceContract.form("Awa", "awa.diallo@example.org", "SN", null, "fr", true));
        contacts.withdrawConsent(awa, "unsubscribe link");

        ImportPreview preview = imports.preview(file("good-utf8.csv"), "good-utf8.csv");
        assertThat(preview.rows().getFirst().status()).isEqualTo(ImportStatus.ERROR);
        assertThat(preview.rows().getFirst().reasonKey()).isEqualTo("contacts.import.error.withdrawn");
        imports.importFile(file("good-utf8.csv"), "good-utf8.csv");
        assertThat(contacts.get(awa).consent()).isFalse();
    }

    @Test
    void onlyStaffImport() {
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> imports.preview(file("good-utf8.csv"), "good-utf8.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFile(file("good-utf8.csv"), "good-utf8.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from contact", Integer.class))
                .isZero();
    }

    /** A file of {@code rows} valid contacts, one in ten already known (an update), with sectors and languages. */
    static byte[] generated(int rows) {
        StringBuilder csv = new StringBuilder("Name,Organisation,Country,Sectors,Languages,E-mail,Consent\r\n");
        String[] countries = {"SN", "ML", "MA", "RW", "CD", "BF"};
        for (int i = 0; i < rows; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(",Association ")
                    .append(i % 97)
                    .append(',')
                    .append(countries[i % countries.length])
                    .append(",HEALTH;YOUTH,")
                    .append(i % 2 == 0 ? "fr" : "en;fr")
                    .append(",person")
                    .append(i)
                    .append("@example.org,yes\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tenThousandRowsAreImportedInBatchesInReasonableTime() throws Exception {
        byte[] file = generated(10_000);
        for (int i = 0; i < 10_000; i += 10) {
            jdbc.update(
                    "insert into contact (id, name, email, email_key, mail_language, consent, created_at, updated_at,"
                            + " version) values (?, ?, ?, ?, 'en', false, current_timestamp, current_timestamp, 0)",
                    -1L - i,
                    "Old " + i,
                    "person" + i + "@example.org",
                    "person" + i + "@example.org");
        }
        long start = System.nanoTime();
        ImportPreview preview = imports.preview(file, "big.csv");
        long previewed = System.nanoTime();
        assertThat(preview.count(ImportStatus.NEW)).isEqualTo(9_000);
        assertThat(preview.count(ImportStatus.UPDATE)).isEqualTo(1_000);

        QueryCounter.Counted<ImportResult> counted = QueryCounter.count(() -> imports.importFile(file, "big.csv"));
        long imported = System.nanoTime();
        assertThat(counted.result()).isEqualTo(new ImportResult(9_000, 1_000, 0));
        System.out.printf(
                "Contacts import of 10,000 rows on %s: preview %d ms, import %d ms, %d statements%n",
                getClass().getSimpleName(),
                (previewed - start) / 1_000_000,
                (imported - previewed) / 1_000_000,
                counted.statements());
        assertThat(counted.statements())
                .as("batched, not one statement per row")
                .isLessThan(2_000);
        assertThat((imported - start) / 1_000_000_000)
                .as("seconds for preview and import")
                .isLessThan(60);
        assertThat(contacts.count(new ContactFilter(null, "SN", Sector.YOUTH, "fr", true)))
                .isEqualTo(10_000 / 6 + 1);
        assertThat(jdbc.queryForObject("select count(*) from contact_sector", Integer.class))
                .isEqualTo(20_000);
        assertThat(byEmail("person10@example.org").name()).isEqualTo("Person 10");
    }

    @Test
    void aFileAboveTheMaximumIsRefused() {
        int max = context.getBean(ContactsProperties.class).importMaxRows();
        assertThatThrownBy(() -> imports.preview(generated(max + 1), "huge.csv"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contacts.import.error.too-many-rows");
                    assertThat(e.arguments()).containsExactly(max);
                });
        assertThat(imports.preview(generated(10), "ten.csv").rows()).hasSize(10);
    }
}
