package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.proposals.ProposalConflictException;

/**
 * Someone else saved meanwhile: shows what they changed compared with this person's text, and lets the
 * person keep their text (saving over) or take the stored one. Nothing is lost either way until chosen.
 */
final class ConflictDialog extends Dialog {

    final Button keepMine = new Button();
    final Button takeTheirs = new Button();

    ConflictDialog(ProposalConflictException conflict, Runnable onKeepMine, Runnable onTakeTheirs) {
        setHeaderTitle(getTranslation("proposals.conflict.title"));
        setWidth("min(56rem, 100vw)");
        add(
                new Paragraph(getTranslation("proposals.error.conflict")),
                new Paragraph(getTranslation("proposals.conflict.legend")),
                new DiffView(conflict.changes()));
        keepMine.setText(getTranslation("proposals.conflict.keep-mine"));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(click -> {
            close();
            onKeepMine.run();
        });
        takeTheirs.setText(getTranslation("proposals.conflict.take-theirs"));
        takeTheirs.addClickListener(click -> {
            close();
            onTakeTheirs.run();
        });
        getFooter().add(takeTheirs, keepMine);
    }
}
