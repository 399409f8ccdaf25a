package org.passerelle.associations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.associations.AssociationProfile;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff register an association (naming its first contact), or staff and contacts edit its profile. Every
 * rule is checked by the service; on a refusal the dialog stays open with everything typed and the refused
 * field marked.
 */
final class AssociationDialog extends Dialog {

    final AssociationFields fields = new AssociationFields();
    final ComboBox<PersonRef> contact = new ComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    /** Registers a new association. */
    static AssociationDialog register(
            AssociationService service, AccountService accounts, Consumer<AssociationProfile> onSaved) {
        return new AssociationDialog(service, accounts, null, onSaved);
    }

    /** Edits an existing association's profile. */
    static AssociationDialog edit(
            AssociationService service, AssociationProfile existing, Consumer<AssociationProfile> onSaved) {
        return new AssociationDialog(service, null, existing, onSaved);
    }

    private AssociationDialog(
            AssociationService service,
            AccountService accounts,
            AssociationProfile existing,
            Consumer<AssociationProfile> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "associations.dialog.register" : "associations.dialog.edit"));
        setWidth("min(52rem, 100vw)");
        fieldsByName.putAll(fields.byName());
        add(fields);
        if (existing == null) {
            contactPicker(accounts);
        } else {
            fields.show(existing.toForm());
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(service, existing, onSaved));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    private void contactPicker(AccountService accounts) {
        contact.setLabel(getTranslation("associations.field.contact"));
        contact.setHelperText(getTranslation("associations.field.contact.help"));
        contact.setRequiredIndicatorVisible(true);
        contact.setItems(
                query -> accounts.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        contact.setItemLabelGenerator(person -> person.displayName() + " <" + person.email() + ">");
        fieldsByName.put("contact", contact);
        fields.add(contact, 2);
    }

    private void save(AssociationService service, AssociationProfile existing, Consumer<AssociationProfile> onSaved) {
        Feedback.clear(fieldsByName);
        try {
            AssociationProfile saved = existing == null
                    ? service.register(
                            fields.value(),
                            contact.getValue() == null
                                    ? null
                                    : contact.getValue().id())
                    : service.update(existing.id(), existing.version(), fields.value());
            close();
            onSaved.accept(saved);
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, fieldsByName);
        } catch (AccessDeniedException denied) {
            Feedback.error(getTranslation("associations.error.not-allowed"));
        }
    }
}
