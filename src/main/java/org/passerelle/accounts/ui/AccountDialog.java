package org.passerelle.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.accounts.AccountForm;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.AccountSummary;
import org.passerelle.accounts.PasswordPolicy;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.security.Role;

/** Creates an account (with a temporary password) or edits one. All rules are checked by the service. */
final class AccountDialog extends Dialog {

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<String> language = new Select<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField temporaryPassword = ComponentTexts.translated(new PasswordField());
    final Button save = new Button();
    final Button cancel = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    AccountDialog(AccountService service, AccountSummary existing, Consumer<AccountSummary> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "accounts.dialog.create" : "accounts.dialog.edit"));
        email.setLabel(getTranslation("accounts.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        displayName.setLabel(getTranslation("accounts.field.name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(120);
        displayName.setHelperText(getTranslation("form.max-length", 120));
        roles.setLabel(getTranslation("accounts.field.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        // "at least one" said in the helper text: a required indicator would put aria-required on a role="group",
        // which ARIA does not allow (axe's aria-allowed-attr, critical)
        roles.setHelperText(getTranslation("accounts.field.roles.help"));
        language.setLabel(getTranslation("accounts.field.language"));
        language.setItems(List.of("en", "fr"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        enabled.setLabel(getTranslation("accounts.field.enabled"));
        temporaryPassword.setLabel(getTranslation("accounts.field.temporary-password"));
        temporaryPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        temporaryPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        fields.putAll(Map.of(
                "email", email,
                "displayName", displayName,
                "roles", roles,
                "language", language,
                "password", temporaryPassword));

        FormLayout form = new FormLayout(email, displayName, roles, language, enabled);
        if (existing == null) {
            form.add(temporaryPassword);
            language.setValue("fr".equals(getLocale().getLanguage()) ? "fr" : "en");
            enabled.setValue(true);
        } else {
            email.setValue(existing.email());
            displayName.setValue(existing.displayName());
            roles.setValue(existing.roles());
            language.setValue(existing.language());
            enabled.setValue(existing.enabled());
        }
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(service, existing, onSaved));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    private void save(AccountService service, AccountSummary existing, Consumer<AccountSummary> onSaved) {
        Feedback.clear(fields);
        AccountForm form = new AccountForm(
                email.getValue(), displayName.getValue(), roles.getValue(), language.getValue(), enabled.getValue());
        try {
            AccountSummary saved = existing == null
                    ? service.create(form, temporaryPassword.getValue())
                    : service.update(existing.id(), existing.version(), form);
            close();
            onSaved.accept(saved);
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, fields);
        }
    }
}
