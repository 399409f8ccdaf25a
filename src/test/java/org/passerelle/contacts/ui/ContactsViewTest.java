package org.passerelle.contacts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.base.ui.AccessDeniedView;
import org.passerelle.contacts.ContactForm;
import org.passerelle.contacts.ContactService;
import org.passerelle.contacts.SegmentCriteria;

/** The contact list as staff see it: the list and its filters, the dialog, the import, the segments. */
class ContactsViewTest extends KaribuTest {

    private ContactsView open(TestAccounts.Person person) {
        signIn(person);
        navigate("contacts");
        return _get(ContactsView.class);
    }

    private void addAsStaff(String name, String email, String country, String language, boolean consent) {
        accounts.signIn(TestAccounts.STAFF);
        context.getBean(ContactService.class)
                .add(new ContactForm(
                        name,
                        null,
                        country,
                        Set.of(Sector.HEALTH),
                        Set.of(language),
                        language,
                        email,
                        consent,
                        consent ? "form at the forum" : null,
                        null));
        TestAccounts.signOut();
    }

    private static List<String> names(ContactsView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> GridKt._get(view.grid, i).name())
                .toList();
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = ContactsViewTest.class.getResourceAsStream("/contacts/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void staffListAndFilterTheContacts() {
        addAsStaff("Awa Diallo", "awa@example.org", "SN", "fr", true);
        addAsStaff("Binta Sow", "binta@example.org", "ML", "en", false);
        ContactsView view = open(TestAccounts.STAFF);
        assertThat(_find(SideNavItem.class, spec -> spec.withPredicate(i -> "contacts".equals(i.getPath()))))
                .hasSize(1);
        assertThat(names(view)).containsExactly("Awa Diallo", "Binta Sow");
        assertThat(view.count.getText()).isEqualTo("2 contacts match");

        _setValue(view.filters.country, "SN");
        assertThat(names(view)).containsExactly("Awa Diallo");
        assertThat(view.count.getText()).isEqualTo("1 contact matches");
        _setValue(view.filters.country, null);
        _setValue(view.filters.consent, false);
        assertThat(names(view)).containsExactly("Binta Sow");
        _setValue(view.filters.text, "awa@");
        assertThat(names(view)).isEmpty();
        assertThat(view.count.getText()).isEqualTo("No contact matches");

        view.cards.fit(360);
        assertThat(view.cards.showsCards()).isTrue();
        assertThat(view.grid.getColumnByKey("email").isVisible()).isFalse();
    }

    @Test
    void othersNeitherSeeItNorOpenIt() {
        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD)) {
            signIn(person);
            assertThat(_find(SideNavItem.class, spec -> spec.withPredicate(i -> "contacts".equals(i.getPath()))))
                    .isEmpty();
            navigate("contacts");
            _get(AccessDeniedView.class);
        }
    }

    @Test
    void theAddDialogSavesAContact() {
        ContactsView view = open(TestAccounts.STAFF);
        _click(view.add);
        ContactDialog dialog = _get(ContactDialog.class);
        _setValue(dialog.name, "Aminata Koné");
        _setValue(dialog.organisation, "Société des Maliens de Liège");
        _setValue(dialog.email, "aminata@example.org");
        _setValue(dialog.country, "ML");
        _setValue(dialog.sectors, Set.of(Sector.HEALTH));
        _setValue(dialog.languages, Set.of("fr"));
        _setValue(dialog.consent, true);
        _setValue(dialog.consentSource, "form at the forum in Liège");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(view)).containsExactly("Aminata Koné");
        assertThat(GridKt._get(view.grid, 0).mailLanguage()).isEqualTo("fr");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'contacts.added'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theAddDialogMarksWhatIsWrongAndKeepsWhatWasTyped() {
        addAsStaff("Awa Diallo", "awa@example.org", "SN", "fr", true);
        ContactsView view = open(TestAccounts.STAFF);
        _click(view.add);
        ContactDialog dialog = _get(ContactDialog.class);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter a name.");

        _setValue(dialog.name, "Awa bis");
        _setValue(dialog.email, "not an address");
        _click(dialog.save);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Invalid e-mail address.");

        _setValue(dialog.email, "AWA@example.org");
        _click(dialog.save);
        assertThat(dialog.email.getErrorMessage()).isEqualTo("This e-mail address is already in the contact list.");

        _setValue(dialog.email, "awa.bis@example.org");
        _setValue(dialog.consent, true);
        _click(dialog.save);
        assertThat(dialog.consentSource.isInvalid()).isTrue();
        assertThat(dialog.consentSource.getErrorMessage()).isEqualTo("Say where the consent was given.");
        assertThat(dialog.name.getValue()).isEqualTo("Awa bis");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(names(view)).containsExactly("Awa Diallo");
    }

    @Test
    void anImportIsPreviewedThenConfirmed() throws IOException {
        addAsStaff("Moussa Traoré", "moussa@example.org", "ML", "fr", true);
        ContactsView view = open(TestAccounts.STAFF);
        _click(view.importCsv);
        ImportDialog dialog = _get(ImportDialog.class);
        assertThat(dialog.help.getText()).contains("Name / Nom, E-mail / Courriel, Consent / Consentement");

        dialog.receive("duplicates.csv", file("duplicates.csv"));
        assertThat(dialog.summary.getText())
                .isEqualTo("Preview of duplicates.csv (UTF-8): 1 new, 1 updates, 2 left out.");
        assertThat(GridKt._size(dialog.rows)).isEqualTo(4);
        assertThat(IntStream.range(0, 4).mapToObj(i -> dialog.status(GridKt._get(dialog.rows, i))))
                .containsExactly(
                        "New",
                        "Left out: The same e-mail is on line 2 of the file",
                        "Update",
                        "Left out: The same e-mail is on line 4 of the file");
        assertThat(dialog.confirm.getText()).isEqualTo("Import 2 rows");
        assertThat(names(view)).as("nothing imported before the confirmation").containsExactly("Moussa Traoré");

        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(view)).containsExactly("Awa Diallo", "Moussa Traoré");
    }

    @Test
    void aFileWithWrongColumnsSaysWhichAreExpected() throws IOException {
        ContactsView view = open(TestAccounts.STAFF);
        _click(view.importCsv);
        ImportDialog dialog = _get(ImportDialog.class);
        dialog.receive("wrong-columns.csv", file("wrong-columns.csv"));
        assertThat(dialog.summary.getText())
                .startsWith("The columns of the file are not the expected ones. Missing: E-mail, Consent."
                        + " Unknown: Mail, Newsletter.");
        assertThat(dialog.confirm.isVisible()).isFalse();
        assertThat(dialog.rows.isVisible()).isFalse();
    }

    @Test
    void segmentsShowTheirCountAndAreSavedFromTheFilter() {
        addAsStaff("Awa Diallo", "awa@example.org", "SN", "fr", true);
        addAsStaff("Binta Sow", "binta@example.org", "SN", "en", true);
        addAsStaff("Cheikh Ba", "cheikh@example.org", "SN", "fr", false);
        ContactsView view = open(TestAccounts.STAFF);
        assertThat(view.segments.rows).isEmpty();

        _setValue(view.filters.country, "SN");
        _setValue(view.filters.language, "fr");
        _setValue(view.segments.name, "Senegal, French");
        _click(view.segments.save);
        assertThat(view.segments.rows).hasSize(1);
        assertThat(view.segments.rows.getFirst().getElement().getTextRecursively())
                .startsWith("Senegal, French — Senegal, French — 1 consenting contact");

        _setValue(view.segments.name, "senegal, french");
        _click(view.segments.save);
        assertThat(view.segments.name.getErrorMessage()).isEqualTo("A segment of that name already exists.");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(context.getBean(ContactService.class).segments())
                .extracting(s -> s.criteria())
                .containsExactly(new SegmentCriteria("SN", null, "fr"));
    }
}
