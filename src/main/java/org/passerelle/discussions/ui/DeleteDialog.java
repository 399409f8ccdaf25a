package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;

/**
 * Asks before an author deletes their message, saying what happens (its text and earlier versions are erased
 * for good, "Message removed" stays in its place): deleting cannot be undone. The buttons say what they do;
 * keeping the message is the default.
 */
final class DeleteDialog extends Dialog {

    final Paragraph consequence = new Paragraph();
    final Button delete = new Button();
    final Button keep = new Button();

    DeleteDialog(Runnable deleteAction) {
        setHeaderTitle(getTranslation("discussions.delete-title"));
        addClassName("thread-delete-dialog");
        consequence.setText(getTranslation("discussions.delete-consequence"));
        add(consequence);
        delete.setText(getTranslation("discussions.delete-confirm"));
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            try {
                deleteAction.run();
                close();
            } catch (UserFacingException refusal) {
                close();
                Feedback.error(Feedback.text(refusal));
            }
        });
        keep.setText(getTranslation("discussions.delete-keep"));
        keep.addClickListener(click -> close());
        keep.setAutofocus(true);
        getFooter().add(keep, delete);
    }
}
