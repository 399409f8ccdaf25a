package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.accounts.AccountErasure;
import org.passerelle.base.ui.Feedback;

/** "Erase my account" on the profile: the person asks, after a confirmation; an administrator does it. */
final class ErasureRequestCard extends Div {

    final Button request = new Button();
    final Paragraph pending = new Paragraph();
    Dialog confirmation;
    Button confirm;
    private final AccountErasure erasure;

    ErasureRequestCard(AccountErasure erasure) {
        this.erasure = erasure;
        addClassName("passerelle-card");
        request.setText(getTranslation("erasure.request"));
        request.addThemeVariants(ButtonVariant.LUMO_ERROR);
        request.addClickListener(click -> confirm());
        pending.setText(getTranslation("erasure.request.pending"));
        pending.getElement().setAttribute("role", "status");
        add(new H3(getTranslation("erasure.title")), new Paragraph(getTranslation("erasure.intro")), request, pending);
        show(erasure.ownRequestPending());
    }

    private void confirm() {
        confirmation = new Dialog();
        confirmation.setHeaderTitle(getTranslation("erasure.request.confirm-title"));
        confirmation.add(new Paragraph(getTranslation("erasure.request.confirm-text")));
        confirm = new Button(getTranslation("erasure.request.confirm"), click -> {
            erasure.requestOwn();
            confirmation.close();
            show(true);
            Feedback.success(getTranslation("erasure.request.sent"));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> confirmation.close());
        confirmation.getFooter().add(cancel, confirm);
        confirmation.open();
    }

    private void show(boolean requested) {
        request.setVisible(!requested);
        pending.setVisible(requested);
    }
}
