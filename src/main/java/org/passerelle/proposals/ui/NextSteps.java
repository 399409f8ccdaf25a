package org.passerelle.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalView;

/**
 * What this reader must do now, right under the header: one button per part of the page that waits for them (a
 * vote to cast, questions to answer), which brings that part into view, and the steps of the proposal's lifecycle
 * they may take (the next one highlighted). A reader with nothing to do sees no box at all.
 */
final class NextSteps extends Section {

    /** A part of the page that waits for the reader, and what it waits for, in words. */
    record Step(String label, Component target) {}

    /**
     * The lifecycle steps that move a proposal on: when one is the reader's, it is what awaits them. Opening the
     * vote is not one: it is the ballot section's own main action, with its dialog.
     */
    private static final Set<ProposalAction> FORWARD = EnumSet.of(
            ProposalAction.SUBMIT,
            ProposalAction.RESUBMIT,
            ProposalAction.TRIAGE,
            ProposalAction.START_IMPLEMENTATION,
            ProposalAction.COMPLETE);

    final H2 heading = new H2();
    final Div jumps = new Div();

    /**
     * @param actions filled with the editing button (when the reader may edit) and the lifecycle steps they may take
     * @param act takes a lifecycle step
     */
    NextSteps(
            List<Step> steps,
            ProposalView proposal,
            HorizontalLayout actions,
            Button edit,
            Consumer<ProposalAction> act) {
        addClassNames("passerelle-card", "proposal-next");
        boolean pending = fillActions(proposal, actions, edit, act);
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

    /**
     * The editing button and the lifecycle steps, the reader's next one highlighted: editing while required sections
     * are empty, otherwise the step that moves the proposal on (submit, triage, open the vote…).
     *
     * @return whether one of them is the reader's to take now
     */
    private static boolean fillActions(
            ProposalView proposal, HorizontalLayout actions, Button edit, Consumer<ProposalAction> act) {
        actions.removeAll();
        edit.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ProposalAction forward = proposal.availableActions().stream()
                .filter(FORWARD::contains)
                .findFirst()
                .orElse(null);
        boolean editFirst = proposal.mayEdit()
                && (forward == null || !proposal.missingSections().isEmpty());
        if (proposal.mayEdit()) {
            actions.add(edit);
        }
        if (editFirst) {
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        for (ProposalAction action : proposal.availableActions()) {
            if (action == ProposalAction.RESTORE) {
                continue; // offered with its deadline by the page's restore banner, only while it is possible
            }
            Button button = new Button(actions.getTranslation(action.messageKey()), click -> act.accept(action));
            if (action == forward && !editFirst) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        return editFirst || forward != null;
    }

    /** Scrolls to the part and moves the keyboard focus there, so screen-reader users land where sighted ones look. */
    private static void bringIntoView(Component target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }
}
