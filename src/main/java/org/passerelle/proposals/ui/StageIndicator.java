package org.passerelle.proposals.ui;

import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Entities;
import org.passerelle.base.Stage;
import org.passerelle.proposals.ProposalState;

/**
 * The 3E stages in order, the proposal's one marked, with its state; readable by screen readers. The badges are
 * the element's own HTML (the texts escaped here): one state node rather than nine for as long as the page is
 * open (README, "Memory per open screen").
 */
final class StageIndicator extends Div {

    StageIndicator(ProposalState state) {
        addClassName("passerelle-stages");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("proposals.stage.label"));
        StringBuilder html = new StringBuilder();
        for (Stage stage : Stage.values()) {
            boolean current = stage == state.stage();
            html.append(
                            current
                                    ? "<span theme=\"badge success primary\" aria-current=\"step\">"
                                    : "<span theme=\"badge contrast\">")
                    .append(Entities.escape(getTranslation(stage.messageKey())))
                    .append("</span>");
        }
        html.append("<span theme=\"badge\">")
                .append(Entities.escape(getTranslation(state.messageKey())))
                .append("</span>");
        getElement().setProperty("innerHTML", html.toString());
    }

    /** The HTML the badges are sent as. */
    String html() {
        return getElement().getProperty("innerHTML");
    }
}
