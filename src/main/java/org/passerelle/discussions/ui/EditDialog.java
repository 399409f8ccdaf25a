package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.discussions.MessageText;

/** Edits one's own message; the earlier text stays in its history. */
final class EditDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button save = new Button();

    EditDialog(String current, int maxLength, Consumer<String> saveAction) {
        setHeaderTitle(getTranslation("discussions.edit-title"));
        text.setLabel(getTranslation("discussions.message"));
        text.setValue(current);
        text.setMaxLength(maxLength);
        text.setWidth("32rem");
        text.addClassName("thread-edit-input");
        add(text);
        save.setText(getTranslation("discussions.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                saveAction.accept(text.getValue());
                close();
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, Map.of(MessageText.FIELD, text));
            }
        });
        getFooter().add(new Button(getTranslation("discussions.cancel"), click -> close()), save);
    }
}
