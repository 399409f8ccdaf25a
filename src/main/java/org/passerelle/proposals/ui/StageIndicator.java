package org.passerelle.proposals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.passerelle.base.Stage;
import org.passerelle.proposals.ProposalState;

/** The 3E stages in order, the proposal's one marked, with its state; readable by screen readers. */
final class StageIndicator extends Div {

    StageIndicator(ProposalState state) {
        addClassName("passerelle-stages");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("proposals.stage.label"));
        for (Stage stage : Stage.values()) {
            Span step = new Span(getTranslation(stage.messageKey()));
            step.getElement().getThemeList().add(stage == state.stage() ? "badge success primary" : "badge contrast");
            if (stage == state.stage()) {
                step.getElement().setAttribute("aria-current", "step");
            }
            add(step);
        }
        Span current = new Span(getTranslation(state.messageKey()));
        current.getElement().getThemeList().add("badge");
        add(current);
    }
}
