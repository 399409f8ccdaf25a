package org.passerelle.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * What this reader must do now, right under the header: one button per part of the page that waits for them (a
 * vote to cast, questions to answer), which brings that part into view, and the steps of the proposal's lifecycle
 * they may take (the next one highlighted). A reader with nothing to do sees no box at all.
 */
final class NextSteps extends Section {

    /** A part of the page that waits for the reader, and what it waits for, in words. */
    record Step(String label, Component target) {}

    final H2 heading = new H2();
    final Div jumps = new Div();

    /**
     * @param pending whether a lifecycle step is the reader's to take now (e.g. staff triage a submitted proposal)
     */
    NextSteps(List<Step> steps, HorizontalLayout actions, boolean pending) {
        addClassNames("passerelle-card", "proposal-next");
        boolean waiting = !steps.isEmpty() || pending;
        heading.setText(getTranslation(waiting ? "proposals.next.title" : "proposals.next.other"));
        heading.setId("proposal-next-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        jumps.addClassName("proposal-next-steps");
        for (Step step : steps) {
            Button jump =
                    new Button(step.label(), VaadinIcon.ARROW_DOWN.create(), click -> bringIntoView(step.target()));
            jump.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            jumps.add(jump);
        }
        if (!steps.isEmpty()) {
            add(jumps);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        setVisible(waiting || actions.getComponentCount() > 0);
    }

    /** Scrolls to the part and moves the keyboard focus there, so screen-reader users land where sighted ones look. */
    private static void bringIntoView(Component target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }
}
