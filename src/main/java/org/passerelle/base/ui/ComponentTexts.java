package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.signals.Signal;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vaadin's own texts in the person's language: every date picker, date-time picker, password field and grid is
 * built through {@link #translated}, which gives it, when it is attached, the texts of its UI's language (words
 * from the bundles under {@code component.*}, month and weekday names from the JDK's data for the language); the
 * connection indicator gets its texts from {@link #followConnection}. A component built otherwise keeps the web
 * component's English: {@code ArchitectureTest} refuses it.
 */
public final class ComponentTexts {

    /** The components whose web component carries English texts of its own. */
    public static final List<Class<? extends Component>> WITH_TEXTS =
            List.of(DatePicker.class, DateTimePicker.class, PasswordField.class, Grid.class);

    private ComponentTexts() {}

    /** The component, to be given the texts of its UI's language each time it is attached. */
    public static <C extends Component> C translated(C component) {
        component.addAttachListener(attach -> apply(component, attach.getUI().getLocale()));
        return component;
    }

    private static void apply(Component component, Locale locale) {
        switch (component) {
            case DatePicker picker -> picker.setI18n(datePicker(component, locale));
            case DateTimePicker picker -> picker.setDatePickerI18n(datePicker(component, locale));
            // Flow keeps a password field's i18n on the server (error messages only): the reveal button's
            // accessible label is the web component's own i18n property
            case PasswordField field ->
                field.getElement().setPropertyMap("i18n", Map.of("reveal", text(component, locale, "password.reveal")));
            case Grid<?> grid -> sortButtons(grid, text(component, locale, "grid.sort-by"));
            default -> throw new IllegalArgumentException("No texts for " + component.getClass());
        }
    }

    /** The date picker's texts; the calendar's weeks start on the language's first day. */
    static DatePicker.DatePickerI18n datePicker(Component where, Locale locale) {
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(text(where, locale, "date.today"))
                .setCancel(text(where, locale, "date.cancel"));
    }

    /**
     * Sunday is 0. Our languages come without a country, for which the JDK's data start weeks on Sunday, as in
     * the United States: without a country, weeks start on Monday, as in France and most of the world.
     */
    private static int firstDayOfWeek(Locale locale) {
        WeekFields week = locale.getCountry().isEmpty() ? WeekFields.ISO : WeekFields.of(locale);
        return week.getFirstDayOfWeek().getValue() % 7;
    }

    /**
     * Flow's grid writes "Sort by …" on each sort button in the browser, with no setting for it: the label is
     * rewritten there, also when the header is drawn again. The rewritten label no longer matches, so the
     * observer does not feed itself.
     */
    private static void sortButtons(Grid<?> grid, String pattern) {
        grid.getElement().executeJs("""
                        const grid = this;
                        const rewrite = () => grid.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]')
                            .forEach(sorter => {
                              const label = $0.replace('{0}', sorter.getAttribute('aria-label').substring(8));
                              if (sorter.getAttribute('aria-label') !== label) sorter.setAttribute('aria-label', label);
                            });
                        if (grid.__sortLabels) grid.__sortLabels.disconnect();
                        grid.__sortLabels = new MutationObserver(rewrite);
                        grid.__sortLabels.observe(grid, {subtree: true, childList: true, attributeFilter: ['aria-label']});
                        rewrite();
                        """, pattern);
    }

    /** Gives the connection indicator (reconnecting, offline, online) the UI's language, now and on each change. */
    static void followConnection(UI ui) {
        Signal.effect(ui, () -> {
            Locale locale = ui.localeSignal().get();
            // Flow passes these two to the connection indicator as its reconnecting and offline texts
            ui.getReconnectDialogConfiguration().setDialogText(text(ui, locale, "connection.reconnecting"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(text(ui, locale, "connection.offline"));
            ui.getPage()
                    .executeJs(
                            "if (window.Vaadin && window.Vaadin.connectionIndicator)"
                                    + " window.Vaadin.connectionIndicator.onlineText = $0",
                            text(ui, locale, "connection.online"));
        });
    }

    private static String text(Component where, Locale locale, String key) {
        return where.getTranslation(locale, "component." + key);
    }
}
