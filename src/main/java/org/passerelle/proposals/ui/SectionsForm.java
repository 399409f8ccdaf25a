package org.passerelle.proposals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.Section;

/**
 * The proposal template as a form: short sections as fields, long ones as text areas (Markdown, explained in plain
 * words under each) each with a live preview under its section's name, rendered on the server after a pause in
 * typing by the application's one Markdown renderer ({@link MarkdownView}), so the preview shows exactly what readers
 * will see.
 */
final class SectionsForm extends Div {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Map<Section, TextArea> markdown = new EnumMap<>(Section.class);
    /** Above each preview, which section it shows. */
    final Map<Section, Paragraph> previewLabels = new EnumMap<>(Section.class);

    final ComboBox<String> country = new ComboBox<>();
    final TextField region = new TextField();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final BigDecimalField budgetAmount = new BigDecimalField();
    final TextField currency = new TextField();
    final DatePicker startDate = ComponentTexts.translated(new DatePicker());
    final DatePicker endDate = ComponentTexts.translated(new DatePicker());
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    SectionsForm(Runnable onChange) {
        title.setLabel(getTranslation(Section.TITLE.messageKey()));
        title.setMaxLength(Section.TITLE.maxLength());
        summary.setLabel(getTranslation(Section.SUMMARY.messageKey()));
        summary.setMaxLength(Section.SUMMARY.maxLength());
        summary.setHelperText(getTranslation("form.max-length", Section.SUMMARY.maxLength()));
        country.setLabel(getTranslation("proposals.field.country"));
        country.setItems(Countries.originChoices(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        region.setLabel(getTranslation("proposals.field.region"));
        region.setMaxLength(150);
        sectors.setLabel(getTranslation(Section.SECTORS.messageKey()));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        budgetAmount.setLabel(getTranslation("proposals.field.budget-amount"));
        currency.setLabel(getTranslation("proposals.field.currency"));
        currency.setMaxLength(3);
        startDate.setLabel(getTranslation("proposals.field.start"));
        endDate.setLabel(getTranslation("proposals.field.end"));
        FormLayout basics =
                new FormLayout(title, summary, country, region, sectors, budgetAmount, currency, startDate, endDate);
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(basics);
        for (Section section : Section.values()) {
            if (section.markdown()) {
                add(markdownSection(section));
            }
        }
        fieldsByName.put(Section.TITLE.name(), title);
        fieldsByName.put(Section.SUMMARY.name(), summary);
        fieldsByName.put(Section.COUNTRY_REGION.name(), country);
        fieldsByName.put(Section.SECTORS.name(), sectors);
        fieldsByName.put(Section.BUDGET.name(), budgetAmount);
        fieldsByName.put(Section.TIMELINE.name(), endDate);
        markdown.forEach((section, area) -> fieldsByName.putIfAbsent(section.name(), area));
        fieldsByName.put(Section.BUDGET.name(), budgetAmount);
        for (HasValue<?, ?> field : Set.<HasValue<?, ?>>of(
                title, summary, country, region, sectors, budgetAmount, currency, startDate, endDate)) {
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    onChange.run();
                }
            });
        }
        markdown.values()
                .forEach(area -> area.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        onChange.run();
                    }
                }));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        summary.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private Div markdownSection(Section section) {
        TextArea area = new TextArea(getTranslation(section.messageKey()));
        area.setMaxLength(section.maxLength());
        area.setHelperText(getTranslation("proposals.field.markdown-hint", section.maxLength()));
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
        MarkdownView preview = new MarkdownView();
        Paragraph label =
                new Paragraph(getTranslation("proposals.field.preview", getTranslation(section.messageKey())));
        label.addClassName("editor-preview-label");
        label.setId("preview-" + section.name().toLowerCase(java.util.Locale.ROOT));
        Div previewBox = new Div(label, preview);
        previewBox.addClassName("passerelle-preview");
        previewBox.getElement().setAttribute("role", "group");
        previewBox.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        area.addValueChangeListener(event -> preview.setMarkdown(event.getValue()));
        markdown.put(section, area);
        previewLabels.put(section, label);
        Div box = new Div(area, previewBox);
        box.addClassName("passerelle-section");
        return box;
    }

    Map<String, HasValidation> fields() {
        return fieldsByName;
    }

    void fill(ProposalContent c) {
        title.setValue(orEmpty(c.title()));
        summary.setValue(orEmpty(c.summary()));
        country.setValue(c.country());
        region.setValue(orEmpty(c.region()));
        sectors.setValue(c.sectors() == null ? Set.of() : c.sectors());
        budgetAmount.setValue(c.budgetAmount());
        currency.setValue(c.currency() == null ? "EUR" : c.currency());
        startDate.setValue(c.startDate());
        endDate.setValue(c.endDate());
        set(Section.PROBLEM, c.problem());
        set(Section.OBJECTIVES, c.objectives());
        set(Section.ACTIVITIES, c.activities());
        set(Section.BENEFICIARIES, c.beneficiaries());
        set(Section.BUDGET, c.budgetItems());
        set(Section.TIMELINE, c.milestones());
        set(Section.PARTNERS, c.partners());
        set(Section.DIASPORA_CONTRIBUTION, c.diasporaContribution());
        set(Section.EXPECTED_IMPACT, c.expectedImpact());
        set(Section.SUSTAINABILITY, c.sustainability());
        set(Section.RISKS, c.risks());
    }

    ProposalContent value() {
        return new ProposalContent(
                title.getValue(),
                summary.getValue(),
                text(Section.PROBLEM),
                text(Section.OBJECTIVES),
                text(Section.ACTIVITIES),
                text(Section.BENEFICIARIES),
                country.getValue(),
                region.getValue(),
                Set.copyOf(sectors.getValue()),
                budgetAmount.getValue(),
                currency.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                text(Section.BUDGET),
                startDate.getValue(),
                endDate.getValue(),
                text(Section.TIMELINE),
                text(Section.PARTNERS),
                text(Section.DIASPORA_CONTRIBUTION),
                text(Section.EXPECTED_IMPACT),
                text(Section.SUSTAINABILITY),
                text(Section.RISKS));
    }

    private void set(Section section, String value) {
        markdown.get(section).setValue(orEmpty(value));
    }

    private String text(Section section) {
        return markdown.get(section).getValue();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
