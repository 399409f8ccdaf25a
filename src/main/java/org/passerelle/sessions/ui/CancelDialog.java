package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks staff for the reason of a cancellation (optional, shown to everyone). */
final class CancelDialog extends Dialog {

    final TextField reason = new TextField();
    final Button confirm = new Button();

    CancelDialog(Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("sessions.cancel.title"));
        reason.setLabel(getTranslation("sessions.cancel.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(reason);
        confirm.setText(getTranslation("sessions.cancel.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            close();
            onConfirm.accept(reason.getValue());
        });
        // labelled by their effect: "Annuler" beside "Annuler la session" read as the same thing
        getFooter().add(new Button(getTranslation("sessions.cancel.keep"), click -> close()), confirm);
    }
}
