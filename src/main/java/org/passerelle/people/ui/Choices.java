package org.passerelle.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.Languages;
import org.passerelle.base.Sector;

/**
 * Pickers and names for languages, countries and sectors, the same in the profile form and the directory
 * filters: codes are stored, names shown in the reader's language.
 */
final class Choices {

    private Choices() {}

    static ItemLabelGenerator<String> languageName(Locale locale) {
        return code -> Languages.name(code, locale);
    }

    static ItemLabelGenerator<String> countryName(Locale locale) {
        return code -> Countries.name(code, locale);
    }

    static ItemLabelGenerator<Sector> sectorName(Component owner) {
        return sector -> owner.getTranslation(sector.messageKey());
    }

    static MultiSelectComboBox<String> languages(Component owner, Locale locale, String labelKey) {
        return multi(owner, labelKey, Languages.choices(locale), languageName(locale));
    }

    static MultiSelectComboBox<String> countries(Component owner, Locale locale, String labelKey) {
        return multi(owner, labelKey, Countries.originChoices(locale), countryName(locale));
    }

    static MultiSelectComboBox<Sector> sectors(Component owner, String labelKey) {
        return multi(owner, labelKey, List.of(Sector.values()), sectorName(owner));
    }

    static <T> ComboBox<T> single(Component owner, String labelKey, List<T> items, ItemLabelGenerator<T> names) {
        ComboBox<T> box = new ComboBox<>(owner.getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(names);
        box.setClearButtonVisible(true);
        return box;
    }

    /** The names of these items, joined for reading ("Arabic, French"). */
    static <T> String names(Collection<T> items, ItemLabelGenerator<T> names) {
        return items.stream().map(names).collect(Collectors.joining(", "));
    }

    private static <T> MultiSelectComboBox<T> multi(
            Component owner, String labelKey, List<T> items, ItemLabelGenerator<T> names) {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>(owner.getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(names);
        box.setClearButtonVisible(true);
        box.setSelectedItemsOnTop(true);
        // every choice stays readable on a phone instead of collapsing into "+3"
        box.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        return box;
    }
}
