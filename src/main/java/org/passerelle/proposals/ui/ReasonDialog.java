package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks for the reason of a decision or a revision request; the authors will read it. */
final class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String actionLabel, Predicate<String> onConfirm) {
        setHeaderTitle(actionLabel);
        reason.setLabel(getTranslation("proposals.reason"));
        reason.setMaxLength(4000);
        reason.setHelperText(getTranslation("form.max-length", 4000));
        reason.setWidthFull();
        add(reason);
        confirm.setText(actionLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (onConfirm.test(reason.getValue())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
