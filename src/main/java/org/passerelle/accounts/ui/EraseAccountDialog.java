package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.passerelle.accounts.AccountErasure;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;

/** An administrator erases an account, typing its e-mail address to confirm; refusals show in the dialog. */
final class EraseAccountDialog extends Dialog {

    final TextField typedEmail = new TextField();
    final Button erase = new Button();

    EraseAccountDialog(AccountErasure erasure, long accountId, String name, String email, Runnable onErased) {
        setHeaderTitle(getTranslation("erasure.dialog.title"));
        typedEmail.setLabel(getTranslation("erasure.dialog.confirm-label", email));
        typedEmail.setWidthFull();
        typedEmail.setMaxLength(254);
        add(new Paragraph(getTranslation("erasure.dialog.text", name)), typedEmail);
        erase.setText(getTranslation("erasure.dialog.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.addClickListener(click -> {
            try {
                erasure.erase(accountId, typedEmail.getValue());
                close();
                Feedback.success(getTranslation("erasure.done"));
                onErased.run();
            } catch (UserFacingException refusal) {
                typedEmail.setErrorMessage(Feedback.text(refusal));
                typedEmail.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), erase);
    }
}
