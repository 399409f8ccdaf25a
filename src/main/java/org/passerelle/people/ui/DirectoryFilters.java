package org.passerelle.people.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.passerelle.base.Countries;
import org.passerelle.base.Languages;
import org.passerelle.base.Sector;
import org.passerelle.people.DirectoryFilter;
import org.passerelle.people.DirectoryService;

/** The directory's search field and filters; tells its owner when any of them changes. */
final class DirectoryFilters extends Div {

    final TextField search = new TextField();
    final ComboBox<String> skill;
    final ComboBox<String> language;
    final ComboBox<String> country;
    final ComboBox<Sector> sector;
    final Button clear = new Button();
    private boolean clearing;

    DirectoryFilters(List<String> knownSkills, Runnable onChange) {
        search.setLabel(getTranslation("people.directory.search"));
        search.setPlaceholder(getTranslation("people.directory.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(DirectoryService.TEXT_MAX);
        // one query per pause in typing, not per key stroke
        search.setValueChangeMode(ValueChangeMode.LAZY);
        skill = Choices.single(this, "people.directory.skill", knownSkills, s -> s);
        language = Choices.single(
                this, "people.directory.language", Languages.choices(getLocale()), Choices.languageName(getLocale()));
        country = Choices.single(
                this,
                "people.directory.country",
                Countries.originChoices(getLocale()),
                Choices.countryName(getLocale()));
        sector = Choices.single(this, "people.directory.sector", List.of(Sector.values()), Choices.sectorName(this));
        clear.setText(getTranslation("people.directory.clear"));
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> {
            clearing = true; // one refresh for the five changes
            search.clear();
            skill.clear();
            language.clear();
            country.clear();
            sector.clear();
            clearing = false;
            onChange.run();
        });
        List.<HasValue<?, ?>>of(search, skill, language, country, sector)
                .forEach(field -> field.addValueChangeListener(event -> {
                    if (!clearing) {
                        onChange.run();
                    }
                }));

        FormLayout layout = new FormLayout(search, skill, language, country, sector);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        layout.setColspan(search, 4);
        add(layout, clear);
    }

    DirectoryFilter value() {
        return new DirectoryFilter(
                search.getValue(), skill.getValue(), language.getValue(), country.getValue(), sector.getValue());
    }
}
