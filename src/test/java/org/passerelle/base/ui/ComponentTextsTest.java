package org.passerelle.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.internal.StateNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;

/**
 * In French, no component speaks Vaadin's English: every view without parameters is walked (as an administrator,
 * who sees the most), and the dialogs with such components are opened; each date picker, date-time picker,
 * password field and grid found must hold the French texts, none equal to the web component's English default.
 */
class ComponentTextsTest extends KaribuTest {

    /** The web components' English defaults, as the outside test heard them. */
    private static final Set<String> ENGLISH = Set.of(
            "Today", "Cancel", "January", "December", "Sunday", "Monday", "Sun", "Mon", "Show password", "Sort by {0}");

    private static final List<String> VIEWS = List.of(
            "",
            "calls",
            "search",
            "outgoing-mail",
            "notifications",
            "moderation",
            "sessions",
            "my-actions",
            "associations",
            "my-associations",
            "spaces",
            "my-spaces",
            "triage",
            "my-proposals",
            "accounts",
            "profile",
            "pipeline",
            "voting/awaiting",
            "voting/ballots",
            "directory",
            "people/me");

    private final Set<Class<?>> seen = new HashSet<>();

    /** The elements the server has asked to rewrite their sort buttons' labels in French. */
    private final Set<StateNode> sortLabelledInFrench = new HashSet<>();

    @Test
    void everyViewAndDialogSpeaksFrenchInVaadinsOwnTexts() {
        signIn(TestAccounts.ADMIN);
        useLanguage(Locale.FRENCH);
        for (String view : VIEWS) {
            navigate(view);
            assertFrench(view);
        }
        navigate("accounts");
        collectSortLabels(); // before the click's round trip sends them
        _click(_get(Button.class, spec -> spec.withText("Nouveau compte")));
        assertFrench("accounts, new account dialog");
        context.getBean(SpaceService.class) // staff create calls in a space
                .create(new SpaceForm("Rwanda — santé", null, null, null, Stage.ENGAGE, AccessMode.OPEN));
        signOut();
        signIn(TestAccounts.STAFF);
        useLanguage(Locale.FRENCH);
        navigate("calls");
        _click(_get(Button.class, spec -> spec.withText("Nouvel appel")));
        assertFrench("calls, new call dialog");
        // the date-time pickers are in dialogs that need a space, a session or a ballot; ArchitectureTest
        // makes sure they are built through ComponentTexts, whose date-time texts are checked here
        UI.getCurrent().add(ComponentTexts.translated(new DateTimePicker()));
        assertFrench("a date-time picker");

        assertThat(seen).containsAll(ComponentTexts.WITH_TEXTS);
    }

    @Test
    void englishIsEnglish() {
        signIn(TestAccounts.ADMIN);
        navigate("pipeline");
        DatePicker.DatePickerI18n i18n = _find(DatePicker.class).getFirst().getI18n();
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("January");
    }

    @Test
    void theConnectionIndicatorSpeaksTheUisLanguage() {
        signIn(TestAccounts.MEMBER);
        useLanguage(Locale.FRENCH);
        MockVaadin.runUIQueue();
        var connection = UI.getCurrent().getReconnectDialogConfiguration();
        assertThat(connection.getDialogText()).isEqualTo("Connexion perdue, reconnexion en cours…");
        assertThat(connection.getDialogTextGaveUp()).isEqualTo("Connexion perdue");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        MockVaadin.runUIQueue();
        assertThat(connection.getDialogText()).isEqualTo("Connection lost, trying to reconnect…");
    }

    private void assertFrench(String where) {
        collectSortLabels();
        for (Component component : _find(Component.class)) {
            List<String> texts = texts(component);
            if (texts == null) {
                continue;
            }
            assertThat(texts)
                    .as(where + ": " + component.getClass().getSimpleName())
                    .isNotEmpty();
            assertThat(texts).as(where).doesNotContainAnyElementsOf(ENGLISH);
        }
    }

    /** The component's own texts in the browser, or null for a component without any. */
    private List<String> texts(Component component) {
        switch (component) {
            case DatePicker picker -> {
                seen.add(DatePicker.class);
                return french(picker.getI18n());
            }
            case DateTimePicker picker -> {
                seen.add(DateTimePicker.class);
                return french(picker.getDatePickerI18n());
            }
            case PasswordField field -> {
                seen.add(PasswordField.class);
                String i18n = String.valueOf(field.getElement().getPropertyRaw("i18n"));
                assertThat(i18n).contains("Afficher le mot de passe");
                return List.of(i18n);
            }
            case Grid<?> grid -> {
                seen.add(Grid.class);
                assertThat(sortLabelledInFrench)
                        .as("a grid's sort labels")
                        .contains(grid.getElement().getNode());
                return List.of("Trier par {0}");
            }
            default -> {
                return null;
            }
        }
    }

    private static List<String> french(DatePicker.DatePickerI18n i18n) {
        assertThat(i18n).as("the picker has its texts").isNotNull();
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("janvier");
        assertThat(i18n.getWeekdays().getFirst()).isEqualTo("dimanche");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        List<String> texts = new ArrayList<>(List.of(i18n.getToday(), i18n.getCancel()));
        texts.addAll(i18n.getMonthNames());
        texts.addAll(i18n.getWeekdays());
        texts.addAll(i18n.getWeekdaysShort());
        return texts;
    }

    /** Notes the elements of the scripts waiting to be sent to the browser that carry the French sort label. */
    private void collectSortLabels() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getParameters().stream()
                        .anyMatch(parameter -> "Trier par {0}".equals(String.valueOf(parameter))))
                .forEach(js -> sortLabelledInFrench.add(js.getOwner()));
    }
}
