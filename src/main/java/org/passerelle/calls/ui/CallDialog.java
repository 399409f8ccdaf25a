package org.passerelle.calls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.spaces.SpaceSummary;

/**
 * Staff create or edit a call: its texts (each English/French pair on one row), its dates and eligibility, its
 * criteria, each a tab away. All rules are checked by the service; what was typed stays on refusal, and the tab
 * of the refused field is shown.
 */
final class CallDialog extends Dialog {

    final ComboBox<SpaceSummary> space = new ComboBox<>();
    final TextField titleEn = new TextField();
    final TextField titleFr = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionFr = new TextArea();
    final TextArea guidanceEn = new TextArea();
    final TextArea guidanceFr = new TextArea();
    final DatePicker opensOn = ComponentTexts.translated(new DatePicker());
    final DatePicker closesOn = ComponentTexts.translated(new DatePicker());
    final Checkbox verifiedOnly = new Checkbox();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final IntegerField maxPerAssociation = new IntegerField();
    final CriteriaEditor criteria;
    final Button save = new Button();
    final SectionTabs tabs = new SectionTabs();
    final Div criteriaSection;
    private final Map<String, HasValidation> fields = new HashMap<>();

    CallDialog(
            CallService calls, List<SpaceSummary> managedSpaces, CallSummary existing, Consumer<CallSummary> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "calls.dialog.create" : "calls.dialog.edit"));
        setWidth("min(60rem, 100vw)");
        space.setLabel(getTranslation("calls.field.space"));
        space.setItems(managedSpaces);
        space.setItemLabelGenerator(s -> s.title(getLocale()).text());
        space.setVisible(existing == null);
        label(titleEn, "calls.field.title-en", 150);
        label(titleFr, "calls.field.title-fr", 150);
        for (TextArea area : List.of(descriptionEn, descriptionFr, guidanceEn, guidanceFr)) {
            area.setMaxLength(8000);
            area.setHelperText(getTranslation("form.max-length", 8000));
        }
        descriptionEn.setLabel(getTranslation("calls.field.description-en"));
        descriptionFr.setLabel(getTranslation("calls.field.description-fr"));
        guidanceEn.setLabel(getTranslation("calls.field.guidance-en"));
        guidanceFr.setLabel(getTranslation("calls.field.guidance-fr"));
        opensOn.setLabel(getTranslation("calls.field.opens-on"));
        closesOn.setLabel(getTranslation("calls.field.closes-on"));
        verifiedOnly.setLabel(getTranslation("calls.field.verified-only"));
        countries.setLabel(getTranslation("calls.field.countries"));
        countries.setItems(Countries.originChoices(getLocale()));
        countries.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        sectors.setLabel(getTranslation("calls.field.sectors"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        maxPerAssociation.setLabel(getTranslation("calls.field.max"));
        maxPerAssociation.setMin(1);
        maxPerAssociation.setMax(20);
        maxPerAssociation.setStepButtonsVisible(true);
        CallForm initial = existing == null ? blank() : existing.form();
        fill(initial);
        criteria = new CriteriaEditor(initial.criteria());
        fields.putAll(Map.of("titleEn", titleEn, "titleFr", titleFr, "descriptionEn", descriptionEn));
        fields.putAll(Map.of("descriptionFr", descriptionFr, "guidanceEn", guidanceEn, "guidanceFr", guidanceFr));
        fields.putAll(Map.of("opensOn", opensOn, "closesOn", closesOn, "countries", countries));
        fields.put("maxPerAssociation", maxPerAssociation);
        space.setWidthFull();
        Div texts = tabs.section(
                getTranslation("calls.dialog.texts"),
                new LanguagePair(titleEn, titleFr),
                new LanguagePair(descriptionEn, descriptionFr),
                new LanguagePair(guidanceEn, guidanceFr));
        FormLayout rules = new FormLayout(opensOn, closesOn, countries, sectors, maxPerAssociation, verifiedOnly);
        rules.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep(LanguagePair.TWO_COLUMNS_FROM, 2));
        Div dates = tabs.section(getTranslation("calls.dialog.dates"), rules);
        criteriaSection = tabs.section(getTranslation("calls.criteria"), criteria);
        add(space, tabs, texts, dates, criteriaSection);
        save.setText(getTranslation(existing == null ? "calls.dialog.save-draft" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(calls, existing, onSaved));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(CallService calls, CallSummary existing, Consumer<CallSummary> onSaved) {
        Feedback.clear(fields);
        space.setInvalid(false);
        CallForm form = new CallForm(
                titleEn.getValue(),
                titleFr.getValue(),
                descriptionEn.getValue(),
                descriptionFr.getValue(),
                guidanceEn.getValue(),
                guidanceFr.getValue(),
                opensOn.getValue(),
                closesOn.getValue(),
                verifiedOnly.getValue(),
                Set.copyOf(countries.getValue()),
                Set.copyOf(sectors.getValue()),
                maxPerAssociation.getValue() == null ? 0 : maxPerAssociation.getValue(),
                criteria.value());
        try {
            CallSummary saved;
            if (existing == null) {
                if (space.getValue() == null) {
                    space.setErrorMessage(getTranslation("calls.error.space-required"));
                    space.setInvalid(true);
                    return;
                }
                saved = calls.create(space.getValue().id(), form);
            } else {
                saved = calls.update(existing.id(), existing.version(), form);
            }
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException refusal) {
            if ("criteria".equals(refusal.field())) {
                criteria.showError(Feedback.text(refusal));
                tabs.setSelectedTab(tabs.tabOf(criteriaSection));
                return;
            }
            Feedback.show(refusal, fields);
            if (fields.get(refusal.field()) instanceof Component field) {
                tabs.reveal(field);
            }
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, fields);
        }
    }

    private void fill(CallForm form) {
        titleEn.setValue(orEmpty(form.titleEn()));
        titleFr.setValue(orEmpty(form.titleFr()));
        descriptionEn.setValue(orEmpty(form.descriptionEn()));
        descriptionFr.setValue(orEmpty(form.descriptionFr()));
        guidanceEn.setValue(orEmpty(form.guidanceEn()));
        guidanceFr.setValue(orEmpty(form.guidanceFr()));
        opensOn.setValue(form.opensOn());
        closesOn.setValue(form.closesOn());
        verifiedOnly.setValue(form.verifiedOnly());
        countries.setValue(form.countries());
        sectors.setValue(form.sectors());
        maxPerAssociation.setValue(form.maxPerAssociation());
    }

    private static CallForm blank() {
        LocalDate today = LocalDate.now();
        return new CallForm(
                null, null, null, null, null, null, today, today.plusWeeks(6), true, Set.of(), Set.of(), 1, List.of());
    }

    private void label(TextField field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setHelperText(getTranslation("form.max-length", max));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
