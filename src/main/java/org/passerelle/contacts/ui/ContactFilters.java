package org.passerelle.contacts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.contacts.ContactFilter;
import org.passerelle.contacts.SegmentCriteria;

/** The filters above the contact list: text, country of origin, sector, language and consent. */
final class ContactFilters extends FlexLayout {

    final TextField text = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<Boolean> consent = new ComboBox<>();

    ContactFilters(Runnable onChange) {
        text.setLabel(getTranslation("contacts.filter.text"));
        text.setPlaceholder(getTranslation("contacts.filter.text.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        country.setLabel(getTranslation("contacts.filter.country"));
        country.setItems(Countries.originChoices(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        sector.setLabel(getTranslation("contacts.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        language.setLabel(getTranslation("contacts.filter.language"));
        language.setItems(List.of("en", "fr"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        consent.setLabel(getTranslation("contacts.filter.consent"));
        consent.setItems(true, false);
        consent.setItemLabelGenerator(
                yes -> getTranslation(yes ? "contacts.filter.consent.yes" : "contacts.filter.consent.no"));
        for (var box : List.of(country, sector, language, consent)) {
            ((ComboBox<?>) box).setClearButtonVisible(true);
            ((ComboBox<?>) box).setPlaceholder(getTranslation("contacts.filter.any"));
        }
        text.addValueChangeListener(e -> onChange.run());
        country.addValueChangeListener(e -> onChange.run());
        sector.addValueChangeListener(e -> onChange.run());
        language.addValueChangeListener(e -> onChange.run());
        consent.addValueChangeListener(e -> onChange.run());
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m, 1rem)");
        add(text, country, sector, language, consent);
    }

    ContactFilter value() {
        return new ContactFilter(
                text.getValue(), country.getValue(), sector.getValue(), language.getValue(), consent.getValue());
    }

    /** The segment part of the filter: country, sector, language. */
    SegmentCriteria criteria() {
        return new SegmentCriteria(country.getValue(), sector.getValue(), language.getValue());
    }

    /** Shows a segment's consenting contacts. */
    void show(SegmentCriteria criteria) {
        text.clear();
        country.setValue(criteria.countryCode());
        sector.setValue(criteria.sector());
        language.setValue(criteria.language());
        consent.setValue(true);
    }
}
