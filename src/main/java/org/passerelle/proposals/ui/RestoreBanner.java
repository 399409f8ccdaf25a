package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.passerelle.base.Formats;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.Restoration;

/**
 * Right after a withdrawal, and for as long as it may be undone: "Withdrawn — Restore", saying until when and where
 * the proposal comes back to; restoring is confirmed first.
 */
final class RestoreBanner extends Div {

    final Paragraph text = new Paragraph();
    final Button restore = new Button();

    RestoreBanner(Restoration restoration, Runnable onRestore) {
        addClassNames("passerelle-card", "proposal-restore");
        getElement().setAttribute("role", "status");
        text.setText(getTranslation(
                "proposals.restore.banner",
                Formats.date(restoration.until(), getLocale()),
                getTranslation(restoration.target().messageKey())));
        restore.setText(getTranslation("proposals.confirm.restore.confirm"));
        restore.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.addClickListener(click ->
                new StepConfirmDialog(ProposalAction.RESTORE, ProposalState.WITHDRAWN, restoration, onRestore).open());
        add(text, restore);
    }
}
