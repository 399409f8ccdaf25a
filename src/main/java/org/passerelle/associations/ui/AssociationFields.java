package org.passerelle.associations.ui;

import static org.passerelle.associations.AssociationRules.ACRONYM_MAX;
import static org.passerelle.associations.AssociationRules.DESCRIPTION_MAX;
import static org.passerelle.associations.AssociationRules.EMAIL_MAX;
import static org.passerelle.associations.AssociationRules.NAME_MAX;
import static org.passerelle.associations.AssociationRules.PHONE_MAX;
import static org.passerelle.associations.AssociationRules.WEBSITE_MAX;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.Residence;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;

/**
 * The fields of an association's profile, with their limits shown. One column on a phone, two from 36em.
 * The field names match those of the service's refusals, so that the refused field is the one marked.
 */
final class AssociationFields extends FormLayout {

    final TextField name = new TextField();
    final TextField acronym = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final RadioButtonGroup<Residence> residence = new RadioButtonGroup<>();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final TextField website = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();

    AssociationFields() {
        name.setMaxLength(NAME_MAX);
        acronym.setMaxLength(ACRONYM_MAX);
        description.setMaxLength(DESCRIPTION_MAX);
        website.setMaxLength(WEBSITE_MAX);
        email.setMaxLength(EMAIL_MAX);
        phone.setMaxLength(PHONE_MAX);
        text(name, "name", "associations.field.name", NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        text(acronym, "acronym", "associations.field.acronym", ACRONYM_MAX);
        text(description, "description", "associations.field.description", DESCRIPTION_MAX);
        description.setMinHeight("8em");
        countries.setLabel(getTranslation("associations.field.countries"));
        countries.setItems(Countries.originChoices(getLocale()));
        countries.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        countries.setRequiredIndicatorVisible(true);
        countries.setHelperText(getTranslation("associations.field.countries.help"));
        byName.put("countries", countries);
        residence.setLabel(getTranslation("associations.field.residence"));
        residence.setItems(Residence.values());
        residence.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        residence.setRequiredIndicatorVisible(true);
        residence.setValue(Residence.BE);
        byName.put("residence", residence);
        sectors.setLabel(getTranslation("associations.field.sectors"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        byName.put("sectors", sectors);
        text(website, "website", "associations.field.website", WEBSITE_MAX);
        website.setPlaceholder("https://");
        website.setHelperText(getTranslation("associations.field.website.help", WEBSITE_MAX));
        text(email, "email", "associations.field.email", EMAIL_MAX);
        text(phone, "phone", "associations.field.phone", PHONE_MAX);
        add(name, acronym, countries, residence, sectors, website, email, phone);
        add(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** Label, limit shown as help, and the name refusals use; the limit itself is set per field type. */
    private void text(TextFieldBase<?, String> field, String fieldName, String labelKey, int max) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation("form.max-length", max));
        byName.put(fieldName, (HasValidation) field);
    }

    /** The fields by the names the service uses in its refusals. */
    Map<String, HasValidation> byName() {
        return byName;
    }

    AssociationForm value() {
        return new AssociationForm(
                name.getValue(),
                acronym.getValue(),
                description.getValue(),
                Set.copyOf(countries.getValue()),
                residence.getValue(),
                sectors.getValue().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors.getValue()),
                website.getValue(),
                email.getValue(),
                phone.getValue());
    }

    void show(AssociationForm form) {
        name.setValue(nonNull(form.name()));
        acronym.setValue(nonNull(form.acronym()));
        description.setValue(nonNull(form.description()));
        countries.setValue(form.countries());
        residence.setValue(form.residence());
        sectors.setValue(form.sectors());
        website.setValue(nonNull(form.website()));
        email.setValue(nonNull(form.email()));
        phone.setValue(nonNull(form.phone()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
