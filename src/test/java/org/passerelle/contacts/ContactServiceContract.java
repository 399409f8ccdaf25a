package org.passerelle.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The contact list and its segments against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class ContactServiceContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

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

    static ContactForm form(
            String name, String email, String country, Sector sector, String language, boolean consent) {
        return new ContactForm(
                name,
                "Ubumwe asbl",
                country,
                sector == null ? EnumSet.noneOf(Sector.class) : EnumSet.of(sector),
                Set.of(language),
                language,
                email,
                consent,
                consent ? "form at the diaspora forum" : null,
                null);
    }

    private List<Map<String, Object>> audit() {
        return jdbc.queryForList("select action, actor_id, object_type, object_id, details from audit_entry"
                + " where action like 'contacts.%' order by id");
    }

    private List<String> auditActions() {
        return audit().stream().map(r -> (String) r.get("action")).toList();
    }

    @Test
    void addEditAndRemoveAreSavedAndAudited() {
        long id = contacts.add(form("Awa Diallo", "awa@example.org", "SN", Sector.HEALTH, "fr", true));

        ContactDetails added = contacts.get(id);
        assertThat(added.name()).isEqualTo("Awa Diallo");
        assertThat(added.countryCode()).isEqualTo("SN");
        assertThat(added.sectors()).containsExactly(Sector.HEALTH);
        assertThat(added.consent()).isTrue();
        assertThat(added.consentAt()).isNotNull();
        assertThat(added.consentSource()).isEqualTo("form at the diaspora forum");

        contacts.edit(id, form("Awa Diallo-Sow", "AWA@example.org", "ML", Sector.YOUTH, "en", true));
        ContactDetails edited = contacts.get(id);
        assertThat(edited.name()).isEqualTo("Awa Diallo-Sow");
        assertThat(edited.email()).isEqualTo("AWA@example.org");
        assertThat(edited.countryCode()).isEqualTo("ML");
        assertThat(edited.mailLanguage()).isEqualTo("en");
        assertThat(edited.consentAt()).as("the consent keeps its date").isEqualTo(added.consentAt());

        contacts.remove(id);
        assertThat(contacts.count(ContactFilter.none())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact_sector", Integer.class))
                .isZero();

        long staffId = accounts.idOf(TestAccounts.STAFF);
        assertThat(audit())
                .extracting(
                        r -> r.get("action"),
                        r -> ((Number) r.get("actor_id")).longValue(),
                        r -> ((Number) r.get("object_id")).longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contacts.added", staffId, id),
                        org.assertj.core.groups.Tuple.tuple("contacts.edited", staffId, id),
                        org.assertj.core.groups.Tuple.tuple("contacts.removed", staffId, id));
        assertThat((String) audit().getFirst().get("details")).contains("Awa Diallo");
    }

    @Test
    void anAddressIsUniqueWhateverItsCase() {
        long awa = contacts.add(form("Awa", "awa@example.org", null, null, "fr", true));
        long moussa = contacts.add(form("Moussa", "moussa@example.org", null, null, "fr", true));

        assertThatThrownBy(() -> contacts.add(form("Awa bis", "  AWA@Example.ORG ", null, null, "fr", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("contacts.error.email-taken");
                });
        assertThatThrownBy(() -> contacts.edit(moussa, form("Moussa", "Awa@example.org", null, null, "fr", true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contacts.error.email-taken");
        contacts.edit(awa, form("Awa", "Awa@Example.org", null, null, "fr", true)); // her own, in another case
        assertThat(contacts.count(ContactFilter.none())).isEqualTo(2);
        assertThat(auditActions()).containsExactly("contacts.added", "contacts.added", "contacts.edited");
    }

    @Test
    void badInputIsRefusedWithTheFieldToMark() {
        record Case(ContactForm form, String field, String key) {}
        List<Case> cases = List.of(
                new Case(form(" ", "a@example.org", null, null, "fr", true), "name", "contacts.error.name-required"),
                new Case(form("A", "not-an-address", null, null, "fr", true), "email", "contacts.error.email-invalid"),
                new Case(
                        form("A", "a@example.org", "XX", null, "fr", true),
                        "countryCode",
                        "contacts.error.country-unknown"),
                new Case(
                        form("A", "a@example.org", null, null, "de", true),
                        "languages",
                        "contacts.error.language-unknown"),
                new Case(
                        new ContactForm("A", null, null, null, Set.of("fr"), "en", "a@example.org", false, null, null),
                        "mailLanguage",
                        "contacts.error.mail-language"),
                new Case(
                        new ContactForm("A", null, null, null, Set.of("fr"), "fr", "a@example.org", true, " ", null),
                        "consentSource",
                        "contacts.error.source-required"),
                new Case(
                        form("x".repeat(201), "a@example.org", null, null, "fr", true),
                        "name",
                        "contacts.error.too-long"));
        for (Case c : cases) {
            assertThatThrownBy(() -> contacts.add(c.form()))
                    .as(c.key())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.messageKey()).isEqualTo(c.key());
                    });
        }
        assertThat(contacts.count(ContactFilter.none())).isZero();
        assertThat(audit()).isEmpty();
    }

    @Test
    void onlyStaffAndAdministratorsReachTheList() {
        long id = contacts.add(form("Awa", "awa@example.org", "SN", null, "fr", true));
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(contacts.count(ContactFilter.none())).isEqualTo(1);

        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD)) {
            accounts.signIn(person);
            assertThatThrownBy(() -> contacts.find(ContactFilter.none(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.add(form("B", "b@example.org", null, null, "fr", true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.remove(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.segments()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.consentingRecipients(SegmentCriteria.any()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.recipient(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.csv(ContactFilter.none())).isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signOut();
        assertThatThrownBy(() -> contacts.segments()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from contact", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void segmentsCountTheConsentingContactsTheyMatch() {
        contacts.add(form("Awa", "awa@example.org", "SN", Sector.HEALTH, "fr", true));
        contacts.add(form("Binta", "binta@example.org", "SN", Sector.HEALTH, "en", true));
        contacts.add(form("Cheikh", "cheikh@example.org", "SN", Sector.HEALTH, "fr", false));
        contacts.add(form("Djeneba", "djeneba@example.org", "ML", Sector.HEALTH, "fr", true));
        contacts.add(form("Ely", "ely@example.org", "SN", Sector.YOUTH, "fr", true));

        long senegalHealth = contacts.saveSegment("Senegal health", new SegmentCriteria("SN", Sector.HEALTH, null));
        contacts.saveSegment("French readers", new SegmentCriteria(null, null, "fr"));
        contacts.saveSegment("Everyone", SegmentCriteria.any());
        assertThatThrownBy(() -> contacts.saveSegment("everyone", SegmentCriteria.any()))
                .hasMessageContaining("contacts.error.segment-name-taken");
        assertThatThrownBy(() -> contacts.saveSegment("Nowhere", new SegmentCriteria("ZZ", null, null)))
                .hasMessageContaining("contacts.error.country-unknown");

        assertThat(contacts.segmentCounts())
                .extracting(c -> c.segment().name(), SegmentCount::consenting)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Everyone", 4L),
                        org.assertj.core.groups.Tuple.tuple("French readers", 3L),
                        org.assertj.core.groups.Tuple.tuple("Senegal health", 2L));
        SegmentSummary segment = contacts.segments().stream()
                .filter(s -> s.id() == senegalHealth)
                .findFirst()
                .orElseThrow();
        assertThat(contacts.consentingRecipients(segment.criteria()))
                .extracting(ContactRecipient::name, ContactRecipient::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Awa", "fr"),
                        org.assertj.core.groups.Tuple.tuple("Binta", "en"));

        contacts.removeSegment(senegalHealth);
        assertThat(contacts.segments()).extracting(SegmentSummary::name).containsExactly("Everyone", "French readers");
        assertThat(auditActions())
                .containsSubsequence(
                        "contacts.segment-saved",
                        "contacts.segment-saved",
                        "contacts.segment-saved",
                        "contacts.segment-removed");
    }

    @Test
    void theListIsFilteredAndPagedInTheDatabase() {
        for (int i = 0; i < 30; i++) {
            contacts.add(form(
                    "Person %02d".formatted(i),
                    "p" + i + "@example.org",
                    i % 2 == 0 ? "SN" : "MA",
                    i % 3 == 0 ? Sector.DIGITAL : Sector.CULTURE,
                    i % 5 == 0 ? "en" : "fr",
                    i % 4 != 0));
        }
        assertThat(contacts.count(ContactFilter.none())).isEqualTo(30);
        assertThat(contacts.find(ContactFilter.none(), 10, 5))
                .extracting(ContactDetails::name)
                .containsExactly("Person 10", "Person 11", "Person 12", "Person 13", "Person 14");
        assertThat(contacts.count(new ContactFilter(null, "SN", null, null, null)))
                .isEqualTo(15);
        assertThat(contacts.count(new ContactFilter(null, null, Sector.DIGITAL, null, null)))
                .isEqualTo(10);
        assertThat(contacts.count(new ContactFilter(null, null, null, "en", null)))
                .isEqualTo(6);
        assertThat(contacts.count(new ContactFilter(null, null, null, null, false)))
                .isEqualTo(8);
        assertThat(contacts.count(new ContactFilter("P1@EXAMPLE", null, null, null, null)))
                .isEqualTo(1);
        assertThat(contacts.count(new ContactFilter("person 2", "SN", null, null, true)))
                .isEqualTo(2);
        assertThat(contacts.count(new ContactFilter("%", null, null, null, null)))
                .as("a typed % is no wildcard")
                .isZero();
    }

    @Test
    void consentIsWithdrawnWithoutSigningInAndAudited() {
        long awa = contacts.add(form("Awa", "awa@example.org", "SN", null, "fr", true));
        contacts.add(form("Binta", "binta@example.org", "SN", null, "fr", true));
        TestAccounts.signOut();

        contacts.withdrawConsent(awa, "unsubscribe link of newsletter 3");
        contacts.withdrawConsent(awa, "clicked twice"); // nothing more
        contacts.withdrawConsent(987654L, "a removed contact"); // nothing at all

        accounts.signIn(TestAccounts.STAFF);
        assertThat(contacts.consentingRecipients(new SegmentCriteria("SN", null, null)))
                .extracting(ContactRecipient::name)
                .containsExactly("Binta");
        ContactDetails details = contacts.get(awa);
        assertThat(details.consent()).isFalse();
        assertThat(details.consentSource())
                .as("the record of the consent withdrawn is kept")
                .isNotNull();
        assertThat(contacts.recipient(awa))
                .hasValueSatisfying(r -> assertThat(r.email()).isEqualTo("awa@example.org"));
        List<Map<String, Object>> withdrawn = audit().stream()
                .filter(r -> r.get("action").equals("contacts.consent-withdrawn"))
                .toList();
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.getFirst().get("actor_id")).isNull();
        assertThat((String) withdrawn.getFirst().get("details")).contains("unsubscribe link of newsletter 3");
    }

    @Test
    void untickingTheConsentInTheDialogWithdrawsIt() {
        long awa = contacts.add(form("Awa", "awa@example.org", "SN", null, "fr", true));
        contacts.edit(awa, form("Awa", "awa@example.org", "SN", null, "fr", false));
        assertThat(contacts.get(awa).consent()).isFalse();
        assertThat(auditActions()).containsExactly("contacts.added", "contacts.edited", "contacts.consent-withdrawn");
        assertThat(contacts.consentingRecipients(SegmentCriteria.any())).isEmpty();
    }

    @Test
    void theExportNeutralisesFormulas() {
        contacts.add(form("=HYPERLINK(\"http://evil.example\")", "f@example.org", "SN", Sector.HEALTH, "fr", true));
        String csv = new String(export.csv(ContactFilter.none()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFName,Organisation,Country,Sectors,Languages,Preferred language,E-mail,Consent");
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",Ubumwe asbl,SN,HEALTH,fr,fr,f@example.org,yes");
    }
}
