package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.sessions.ActionItemMilestoneChoices;
import org.passerelle.sessions.ActionItemMilestones;
import org.passerelle.sessions.ActionItemView;
import org.passerelle.sessions.ProposalChoice;

/**
 * On an action item's line: the proposal it became a milestone of, or, for staff facilitating the session, a
 * button per accepted proposal of the agenda that makes it one of its milestones (the service refuses a second).
 */
final class ActionItemMilestoneLinks {

    private final ActionItemMilestones milestones;
    private final Runnable afterChange;

    ActionItemMilestoneLinks(ActionItemMilestones milestones, Runnable afterChange) {
        this.milestones = milestones;
        this.afterChange = afterChange;
    }

    ActionItemMilestoneChoices choices(long sessionId) {
        return milestones.choices(sessionId);
    }

    void addTo(ListItem line, ActionItemView item, ActionItemMilestoneChoices choices) {
        ProposalChoice linked = choices.linked().get(item.id());
        if (linked != null) {
            Span badge = new Span(
                    linked.title() == null
                            ? line.getTranslation("sessions.actions.is-milestone-hidden")
                            : line.getTranslation("sessions.actions.is-milestone", linked.title()));
            badge.getElement().getThemeList().add("badge contrast");
            line.add(new Span(" "), badge);
            return;
        }
        for (ProposalChoice proposal : choices.proposals()) {
            Button make = new Button(line.getTranslation("sessions.actions.make-milestone", proposal.title()));
            make.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            make.setDisableOnClick(true);
            make.addClickListener(click -> {
                try {
                    milestones.makeMilestone(item.id(), proposal.id());
                    Feedback.success(make.getTranslation("sessions.actions.milestone-made", proposal.title()));
                } catch (UserFacingException refusal) {
                    Feedback.error(Feedback.text(refusal));
                }
                afterChange.run();
            });
            line.add(make);
        }
    }
}
