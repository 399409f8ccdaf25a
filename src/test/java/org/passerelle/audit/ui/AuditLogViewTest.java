package org.passerelle.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.audit.AuditSpace;
import org.passerelle.base.Stage;
import org.passerelle.base.ui.AccessDeniedView;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;

/**
 * The audit log view as administrators and staff use it: the entries they may read in their words, filters, the
 * empty state, French, cards on a phone; others neither see it in the menu nor open it.
 */
class AuditLogViewTest extends KaribuTest {

    /** What must not reach a reader: an enum code, an ISO date, an account number, a missing text. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|\\d{4}-\\d{2}-\\d{2}|#\\d|![a-z]|[{}]");

    private long kigali;

    @BeforeEach
    void aSpaceWithHistory() {
        accounts.signIn(TestAccounts.ADMIN);
        kigali = context.getBean(SpaceService.class)
                .create(new SpaceForm("Kigali — santé", "Kigali — santé", null, null, Stage.ENGAGE, AccessMode.OPEN))
                .id();
        TestAccounts.signOut();
        long sam = accounts.idOf(TestAccounts.STAFF);
        insert(
                sam,
                "call.created",
                "call",
                kigali,
                "2026-06-03T10:00:00Z",
                "[{\"kind\":\"TEXT\",\"value\":\"Santé\"}]");
        insert(sam, "account.changed", "account", null, "2026-06-04T10:00:00Z", null);
    }

    private void insert(Long actor, String action, String type, Long space, String at, String facts) {
        jdbc.update(
                "insert into audit_entry (occurred_at, actor_id, action, object_type, object_id, space_id, details, facts)"
                        + " values (?, ?, ?, ?, 1, ?, 'old', ?)",
                Timestamp.from(Instant.parse(at)),
                actor,
                action,
                type,
                space,
                facts);
    }

    private AuditLogView open(TestAccounts.Person person) {
        signIn(person);
        navigate("audit");
        return _get(AuditLogView.class);
    }

    /** The rows as a person reads them: when, who, what, object, space, details. */
    private static List<List<String>> rows(AuditLogView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> GridKt._getFormattedRow(view.grid, i).subList(0, 6))
                .toList();
    }

    @Test
    void administratorsReadEveryEntryInTheirWords() {
        AuditLogView view = open(TestAccounts.ADMIN);
        List<List<String>> rows = rows(view);
        assertThat(rows)
                .as("newest first: the space was created now, the others in June")
                .extracting(row -> row.get(2))
                .containsExactly("Space created", "Account changed", "Call created");
        assertThat(rows.get(2).subList(1, 6))
                .containsExactly("Sam Staff", "Call created", "Call for cooperation", "Kigali — santé", "“Santé”");
        assertThat(rows.get(2).getFirst()).isEqualTo("3 Jun 2026, 12:00:00");
        assertThat(rows.get(1).get(4)).as("an account has no space").isEmpty();
        assertThat(view.count.getText()).isEqualTo("3 entries");
        rows.forEach(row -> assertThat(CODE.matcher(String.join(" | ", row)).find())
                .as(row.toString())
                .isFalse());
        assertThat(view.csv.getText()).isEqualTo("Download CSV");
        assertThat(view.csv.getHref()).isNotBlank();
    }

    @Test
    void staffReadTheirSpacesEntriesOnlyAndFilter() {
        AuditLogView view = open(TestAccounts.STAFF);
        assertThat(_find(SideNavItem.class, spec -> spec.withPredicate(i -> "audit".equals(i.getPath()))))
                .hasSize(1);
        assertThat(rows(view)).extracting(row -> row.get(2)).containsExactly("Space created", "Call created");
        assertThat(view.filters.space.getListDataView().getItems().map(AuditSpace::title))
                .containsExactly("Kigali — santé");
        assertThat(view.filters.action.getListDataView().getItems().map(view.filters.action.getItemLabelGenerator()))
                .contains("Call created", "Space created", "Account changed");

        _setValue(view.filters.action, "call.created");
        assertThat(rows(view)).extracting(row -> row.get(2)).containsExactly("Call created");
        assertThat(view.count.getText()).isEqualTo("1 entry");
        assertThat(view.filter().action()).as("the CSV follows the filters").isEqualTo("call.created");

        _setValue(view.filters.from, LocalDate.of(2026, 6, 4));
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.count.getText()).isEqualTo("No entry");
        assertThat(view.grid.getEmptyStateText())
                .isEqualTo("No entry matches these filters. Clear a filter or choose a longer period.");

        view.filters.clear.click();
        _setValue(view.filters.objectKind, "space");
        assertThat(rows(view)).extracting(row -> row.get(2)).containsExactly("Space created");
    }

    @Test
    void inFrench() {
        signIn(TestAccounts.ADMIN);
        useLanguage(Locale.FRENCH);
        navigate("audit");
        AuditLogView view = _get(AuditLogView.class);
        assertThat(view.filters.person.getLabel()).isEqualTo("Personne");
        assertThat(view.filters.objectKind.getLabel()).isEqualTo("Type d’objet");
        assertThat(view.filters.from.getLabel()).isEqualTo("Du");
        assertThat(view.grid.getColumnByKey("what").getHeaderText()).isEqualTo("Quoi");
        assertThat(view.csv.getText()).isEqualTo("Télécharger en CSV");
        assertThat(view.count.getText()).isEqualTo("3 entrées");
        assertThat(rows(view).get(2))
                .containsExactly(
                        "3 juin 2026, 12:00:00",
                        "Sam Staff",
                        "Appel créé",
                        "Appel à coopération",
                        "Kigali — santé",
                        "« Santé »");
        assertThat(view.filters
                        .objectKind
                        .getListDataView()
                        .getItems()
                        .map(view.filters.objectKind.getItemLabelGenerator()))
                .contains("Espace", "Compte", "Proposition");
        _setValue(view.filters.objectKind, "ballot");
        assertThat(view.grid.getEmptyStateText()).startsWith("Aucune entrée ne correspond");
    }

    @Test
    void onAPhoneEachEntryIsACard() {
        AuditLogView view = open(TestAccounts.ADMIN);
        view.cards.fit(360);
        assertThat(view.cards.showsCards()).isTrue();
        assertThat(view.grid.getColumnByKey("card").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("details").isVisible()).isFalse();
    }

    @Test
    void othersNeitherSeeItNorOpenIt() {
        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD)) {
            signIn(person);
            assertThat(_find(SideNavItem.class, spec -> spec.withPredicate(i -> "audit".equals(i.getPath()))))
                    .isEmpty();
            navigate("audit");
            _get(AccessDeniedView.class);
        }
    }
}
