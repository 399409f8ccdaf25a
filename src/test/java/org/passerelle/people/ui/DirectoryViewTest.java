package org.passerelle.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.people.ProfileFormBuilder.profile;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.people.ProfileFormBuilder;
import org.passerelle.people.ProfileService;

class DirectoryViewTest extends KaribuTest {

    static final String SCRIPT = "<script>alert('x')</script> runs a savings cooperative";

    /** After KaribuTest has emptied the database (profiles included) and added the test accounts. */
    @BeforeEach
    void aSmallPool() {
        save(
                TestAccounts.BOARD,
                profile()
                        .languages("en", "rw")
                        .origin("RW")
                        .work("BE")
                        .sectors(Sector.HEALTH)
                        .skills("GIS", "Public health")
                        .bio("Epidemiologist.")
                        .phone("+32 470 12 34 56")
                        .inPool(true));
        save(
                TestAccounts.BOTH,
                profile()
                        .languages("fr", "wo")
                        .origin("SN")
                        .sectors(Sector.REMITTANCES)
                        .skills("Microfinance")
                        .bio(SCRIPT)
                        .contactEmail("contact@teranga.example")
                        .inPool(true));
        save(TestAccounts.MEMBER, profile().skills("GIS").inPool(false));
        TestAccounts.signOut();
    }

    private void save(TestAccounts.Person person, ProfileFormBuilder form) {
        accounts.signIn(person);
        context.getBean(ProfileService.class).saveMine(form.build());
    }

    private DirectoryView open() {
        signIn(TestAccounts.OUTSIDER);
        navigate("directory");
        return _get(DirectoryView.class);
    }

    private static List<PersonCard> cards(DirectoryView view) {
        return IntStream.range(0, GridKt._size(view.results))
                .mapToObj(row -> (PersonCard) GridKt._getCellComponent(view.results, row, "person"))
                .toList();
    }

    private static List<String> names(DirectoryView view) {
        return cards(view).stream().map(card -> card.name.getText()).toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(DirectoryViewTest::descendants));
    }

    @Test
    void listsOnlyThePoolWithContactDetails() {
        DirectoryView view = open();
        assertThat(view.count.getText()).isEqualTo("2 people found");
        assertThat(names(view)).containsExactly("Bea Board", "Bintou Both");
        PersonCard bea = cards(view).getFirst();
        assertThat(bea.email.getHref()).isEqualTo("mailto:" + TestAccounts.BOARD.email());
        assertThat(bea.email.getText()).isEqualTo(TestAccounts.BOARD.email());
        assertThat(bea.phone.getText()).isEqualTo("+32 470 12 34 56");
        assertThat(bea.phone.getHref()).isEqualTo("tel:+32470123456");
        assertThat(bea.getElement().getTextRecursively())
                .contains("English, Kinyarwanda", "Rwanda", "Belgium", "Health", "GIS", "Public health");
        PersonCard bintou = cards(view).get(1);
        assertThat(bintou.email.getText()).isEqualTo("contact@teranga.example");
        assertThat(bintou.phone.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void aScriptInABioIsShownAsText() {
        PersonCard bintou = cards(open()).get(1);
        assertThat(bintou.bio.getText()).isEqualTo(SCRIPT);
        assertThat(descendants(bintou.getElement()).filter(e -> !e.isTextNode()).map(Element::getTag))
                .doesNotContain("script");
    }

    @Test
    void searchAndFiltersNarrowTheListAndClearingRestoresIt() {
        DirectoryView view = open();
        _setValue(view.filters.search, "cooperative");
        assertThat(names(view)).containsExactly("Bintou Both");
        _setValue(view.filters.search, "");

        assertThat(view.filters.skill.getListDataView().getItems())
                .containsExactly("GIS", "Microfinance", "Public health");
        _setValue(view.filters.skill, "GIS");
        assertThat(names(view)).containsExactly("Bea Board");
        _setValue(view.filters.skill, null);

        _setValue(view.filters.language, "wo");
        assertThat(names(view)).containsExactly("Bintou Both");
        _setValue(view.filters.language, null);

        _setValue(view.filters.country, "BE");
        assertThat(names(view)).containsExactly("Bea Board");
        _setValue(view.filters.sector, Sector.REMITTANCES);
        assertThat(view.count.getText()).isEqualTo("No one found");
        assertThat(view.none.isVisible()).isTrue();
        assertThat(view.results.isVisible()).isFalse();

        _click(view.filters.clear);
        assertThat(view.filters.value().sector()).isNull();
        assertThat(view.count.getText()).isEqualTo("2 people found");
        assertThat(view.none.isVisible()).isFalse();
    }

    @Test
    void oddSearchTextFindsNothingWithoutAnError() {
        DirectoryView view = open();
        _setValue(view.filters.search, "_");
        assertThat(view.count.getText()).isEqualTo("No one found");
        _setValue(view.filters.search, "' or 1=1 --");
        assertThat(names(view)).isEmpty();
        _setValue(view.filters.search, "x".repeat(500));
        assertThat(names(view)).isEmpty();
        assertThat(view.none.getText()).isEqualTo("No one in the pool matches. Try fewer filters or other words.");
    }

    @Test
    void inFrenchTheCountsAndNamesAreFrench() {
        signIn(TestAccounts.MEMBER); // French
        navigate("directory");
        DirectoryView view = _get(DirectoryView.class);
        assertThat(view.count.getText()).isEqualTo("2 personnes trouvées");
        assertThat(cards(view).getFirst().getElement().getTextRecursively()).contains("Anglais", "Belgique", "Santé");
    }
}
