package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalLifecycle;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.proposals.Section;
import org.passerelle.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reading a proposal: its stage, state and last reason, every section (Markdown rendered and sanitised on the server),
 * the actions this person may take, and the version history with comparisons. Reviewers read the
 * submitted version.
 */
@Route("proposals/:id")
@PermitAll
public final class ProposalPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final HorizontalLayout actions = new HorizontalLayout();
    final Button edit = new Button();
    private static final java.util.Set<ProposalState> FOLLOWED =
            java.util.EnumSet.of(ProposalState.ACCEPTED, ProposalState.IN_IMPLEMENTATION, ProposalState.COMPLETED);
    ReviewPanel review;
    FollowUpPanel followUp;
    private final FollowUpService followUps;
    private final ProposalService proposals;
    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final ObjectProvider<PageSection<ProposalView>> sections;
    private ProposalView proposal;

    ProposalPage(
            ProposalService proposals,
            ReviewService reviews,
            FollowUpService followUps,
            CurrentUser currentUser,
            ObjectProvider<PageSection<ProposalView>> sections) {
        this.sections = sections;
        this.proposals = proposals;
        this.followUps = followUps;
        this.reviews = reviews;
        this.currentUser = currentUser;
        addClassName("passerelle-page");
        actions.getStyle().set("flex-wrap", "wrap");
        edit.setText(getTranslation("proposals.edit"));
        edit.addClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate(ProposalEditorView.class, ProposalEditorView.parameters(proposal.id()))));
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | ProposalNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long id) {
        proposal = proposals.get(id);
        removeAll();
        title.setText(
                proposal.content().title() == null
                        ? getTranslation("proposals.untitled")
                        : proposal.content().title());
        add(title, new StageIndicator(proposal.state()));
        if (proposal.lastReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("proposals.last-reason", proposal.lastReason()));
            reason.addClassName("passerelle-card");
            add(reason);
        }
        actions.removeAll();
        if (proposal.mayEdit()) {
            actions.add(edit);
        }
        proposal.availableActions()
                .forEach(action -> actions.add(new Button(getTranslation(action.messageKey()), click -> act(action))));
        add(actions);
        Map<Section, String> texts = proposal.content().asTexts();
        for (Section section : Section.values()) {
            Div box = new Div(new H3(getTranslation(section.messageKey())));
            String text = texts.get(section);
            if (text.isBlank()) {
                box.add(new Paragraph(getTranslation("proposals.empty-section")));
            } else if (section.markdown()) {
                box.add(new MarkdownView(text));
            } else {
                Paragraph plain = new Paragraph(text);
                plain.getStyle().set("white-space", "pre-line");
                box.add(plain);
            }
            add(box);
        }
        if (proposal.submittedVersion() != null && reviews.mayRead(proposal.id())) {
            review = new ReviewPanel(
                    reviews,
                    proposal,
                    proposal.authorIds().contains(currentUser.require().accountId()));
            add(review);
        }
        PageSection.render(sections, proposal, false).forEach(this::add);
        if (FOLLOWED.contains(proposal.state())) {
            followUp = new FollowUpPanel(
                    followUps,
                    proposal,
                    proposal.authorIds().contains(currentUser.require().accountId()));
            add(followUp);
        }
        add(new HistoryPanel(proposals, proposal.id()));
    }

    private void act(ProposalAction action) {
        if (ProposalLifecycle.reasonRequired(action)) {
            new ReasonDialog(getTranslation(action.messageKey()), reason -> perform(action, reason)).open();
        } else {
            perform(action, null);
        }
    }

    private boolean perform(ProposalAction action, String reason) {
        try {
            proposals.act(proposal.id(), action, reason);
            Feedback.success(getTranslation(
                    "proposals.moved",
                    getTranslation(proposals.get(proposal.id()).state().messageKey())));
            show(proposal.id());
            return true;
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return proposal == null ? getTranslation("proposals.title") : title.getText();
    }
}
