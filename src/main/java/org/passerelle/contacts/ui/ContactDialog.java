package org.passerelle.contacts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.contacts.ContactDetails;
import org.passerelle.contacts.ContactForm;
import org.passerelle.contacts.ContactService;

/** Adds or edits one contact; the service checks every field and the dialog marks the one refused. */
final class ContactDialog extends Dialog {

    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final ComboBox<String> mailLanguage = new ComboBox<>();
    final EmailField email = new EmailField();
    final Checkbox consent = new Checkbox();
    final TextField consentSource = new TextField();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Map<String, HasValidation> fields;

    /** @param existing the contact to edit, or {@code null} to add one */
    ContactDialog(ContactService contacts, ContactDetails existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "contacts.dialog.add" : "contacts.dialog.edit"));
        name.setLabel(getTranslation("contacts.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        organisation.setLabel(getTranslation("contacts.field.organisation"));
        organisation.setMaxLength(200);
        country.setLabel(getTranslation("contacts.field.country"));
        country.setItems(Countries.originChoices(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setClearButtonVisible(true);
        sectors.setLabel(getTranslation("contacts.field.sectors"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sectors.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        languages.setLabel(getTranslation("contacts.field.languages"));
        languages.setItems(List.of("en", "fr"));
        languages.setItemLabelGenerator(code -> getTranslation("language." + code));
        languages.setRequiredIndicatorVisible(true);
        mailLanguage.setLabel(getTranslation("contacts.field.mail-language"));
        mailLanguage.setItems(List.of("en", "fr"));
        mailLanguage.setItemLabelGenerator(code -> getTranslation("language." + code));
        email.setLabel(getTranslation("contacts.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        consent.setLabel(getTranslation("contacts.field.consent"));
        consentSource.setLabel(getTranslation("contacts.field.consent-source"));
        consentSource.setHelperText(getTranslation("contacts.field.consent-source.helper"));
        consentSource.setMaxLength(200);
        notes.setLabel(getTranslation("contacts.field.notes"));
        notes.setMaxLength(2000);
        consent.addValueChangeListener(e -> consentSource.setRequiredIndicatorVisible(e.getValue()));
        fields = Map.of(
                "name", name,
                "organisation", organisation,
                "countryCode", country,
                "languages", languages,
                "mailLanguage", mailLanguage,
                "email", email,
                "consentSource", consentSource,
                "notes", notes);
        if (existing != null) {
            fill(existing);
        } else {
            languages.setValue(java.util.Set.of(getLocale().getLanguage().equals("fr") ? "fr" : "en"));
        }

        FormLayout form = new FormLayout(
                name, organisation, email, country, sectors, languages, mailLanguage, consent, consentSource, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(notes, 2);
        form.setColspan(consent, 2);
        add(form);

        save.setText(getTranslation("contacts.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Feedback.clear(fields);
            try {
                if (existing == null) {
                    contacts.add(form());
                } else {
                    contacts.edit(existing.id(), form());
                }
                Feedback.success(getTranslation("contacts.saved"));
                close();
                saved.run();
            } catch (UserFacingException refused) {
                Feedback.show(refused, fields);
            }
        });
        cancel.setText(getTranslation("contacts.dialog.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
        setWidth("min(46rem, 100vw)");
    }

    private void fill(ContactDetails c) {
        name.setValue(c.name());
        organisation.setValue(c.organisation() == null ? "" : c.organisation());
        country.setValue(c.countryCode());
        sectors.setValue(c.sectors().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(c.sectors()));
        languages.setValue(new LinkedHashSet<>(c.languages()));
        mailLanguage.setValue(c.mailLanguage());
        email.setValue(c.email());
        consent.setValue(c.consent());
        consentSource.setValue(c.consentSource() == null ? "" : c.consentSource());
        notes.setValue(c.notes() == null ? "" : c.notes());
    }

    ContactForm form() {
        return new ContactForm(
                name.getValue(),
                organisation.getValue(),
                country.getValue(),
                sectors.getValue(),
                languages.getValue(),
                mailLanguage.getValue(),
                email.getValue(),
                consent.getValue(),
                consentSource.getValue(),
                notes.getValue());
    }
}
