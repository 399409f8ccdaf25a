package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The editor's actions and its save state, in a bar that stays at the bottom of the screen while the author scrolls
 * through the template (styles/editor.css), so that saving and submitting never need a trip back to the top.
 */
final class EditorBar extends Div {

    final Button save = new Button();
    final Button submit = new Button();
    final Span saveState = new Span();

    EditorBar() {
        addClassName("editor-actions");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("proposals.editor.actions"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setText(getTranslation("proposals.editor.submit"));
        saveState.addClassName("editor-save-state");
        saveState.getElement().setAttribute("role", "status");
        saveState.getElement().setAttribute("aria-live", "polite");
        add(save, submit, saveState);
    }
}
