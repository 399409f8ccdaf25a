package org.passerelle.proposals.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalLifecycle;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reading a proposal, what the reader must act on first: a header (title, 3E stage and state, association, call,
 * country, sectors, budget, dates), then what awaits this reader (a vote, questions to answer, the lifecycle step
 * that is theirs), then the parts of the page that wait for them, then the written sections (collapsible, empty
 * ones on one line), the review, the other modules' sections, the follow-up and the version history. Reviewers
 * read the submitted version.
 */
@Route("proposals/:id")
@PermitAll
@StyleSheet("styles/proposals.css")
public final class ProposalPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<ProposalState> FOLLOWED =
            EnumSet.of(ProposalState.ACCEPTED, ProposalState.IN_IMPLEMENTATION, ProposalState.COMPLETED);
    /** Narrower than this (CSS pixels), the written sections start closed. */
    private static final int PHONE_WIDTH = 600;

    ProposalHeader header;
    NextSteps next;
    ProposalText text;
    final HorizontalLayout actions = new HorizontalLayout();
    final Button edit = new Button();
    ReviewPanel review;
    FollowUpPanel followUp;
    private final FollowUpService followUps;
    private final ProposalService proposals;
    private final ReviewService reviews;
    private final AssociationService associations;
    private final SubjectAccess subjects;
    private final CurrentUser currentUser;
    private final ObjectProvider<PageSection<ProposalView>> sections;
    private final ObjectProvider<PageSection<FollowUp.ReportInfo>> reportSections;
    private ProposalView proposal;
    private List<PageSection.Shown> shown = List.of();

    ProposalPage(
            ProposalService proposals,
            ReviewService reviews,
            FollowUpService followUps,
            AssociationService associations,
            SubjectAccess subjects,
            CurrentUser currentUser,
            ObjectProvider<PageSection<ProposalView>> sections,
            ObjectProvider<PageSection<FollowUp.ReportInfo>> reportSections) {
        this.sections = sections;
        this.reportSections = reportSections;
        this.proposals = proposals;
        this.followUps = followUps;
        this.reviews = reviews;
        this.associations = associations;
        this.subjects = subjects;
        this.currentUser = currentUser;
        addClassName("passerelle-page");
        actions.addClassName("proposal-actions");
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
        boolean author = proposal.authorIds().contains(currentUser.require().accountId());
        header = new ProposalHeader(proposal, associationName(), callTitle());
        review = proposal.submittedVersion() != null && reviews.mayRead(proposal.id())
                ? new ReviewPanel(reviews, proposal, author, this::showNextSteps)
                : null;
        shown = PageSection.showAll(sections, proposal, false);
        text = new ProposalText(proposal.content());
        add(header);
        if (author && proposal.state() == ProposalState.WITHDRAWN) { // only then: no look-up on other pages
            proposals
                    .restoration(id)
                    .ifPresent(r -> add(new RestoreBanner(r, () -> perform(ProposalAction.RESTORE, null))));
        }
        showNextSteps();
        // what waits for the reader comes before what they read
        shown.stream().filter(PageSection.Shown::asksSomething).forEach(s -> add(s.component()));
        boolean questionsFirst = review != null && review.unansweredByMe() > 0;
        if (questionsFirst) {
            add(review);
        }
        add(text);
        if (review != null && !questionsFirst) {
            add(review);
        }
        shown.stream().filter(s -> !s.asksSomething()).forEach(s -> add(s.component()));
        if (FOLLOWED.contains(proposal.state())) {
            followUp = new FollowUpPanel(followUps, proposal, author, reportSections);
            add(followUp);
        }
        add(new HistoryPanel(proposals, proposal.id()));
        UI ui = UI.getCurrent(); // before the page is attached: the one navigating
        if (ui != null) {
            ui.getPage().retrieveExtendedClientDetails(client -> {
                if (client.getWindowInnerWidth() > 0 && client.getWindowInnerWidth() < PHONE_WIDTH) {
                    text.setAllOpened(false);
                }
            });
        }
    }

    /** What awaits the reader: the sections that ask something of them, their unanswered questions, their step. */
    private void showNextSteps() {
        List<NextSteps.Step> steps = new ArrayList<>();
        shown.stream()
                .filter(PageSection.Shown::asksSomething)
                .forEach(s -> steps.add(new NextSteps.Step(s.action(), s.component())));
        if (review != null && review.unansweredByMe() > 0) {
            steps.add(new NextSteps.Step(getTranslation("proposals.next.answer", review.unansweredByMe()), review));
        }
        NextSteps updated = new NextSteps(steps, proposal, actions, edit, this::act);
        if (next != null && next.getParent().isPresent()) {
            replace(next, updated);
        } else {
            add(updated);
        }
        next = updated;
    }

    private String associationName() {
        return associations.find(proposal.associationId()).map(a -> a.name()).orElse("");
    }

    /**
     * The call's title in the reader's language, when they may see the call (an association's member may not see a
     * restricted space's call); {@code null} otherwise. The access contract answers both in one look-up.
     */
    private String callTitle() {
        SubjectRef call = SubjectRef.call(proposal.callId());
        return subjects.titles(List.of(call), getLocale()).get(call);
    }

    private void act(ProposalAction action) {
        if (ProposalLifecycle.reasonRequired(action)) {
            new ReasonDialog(getTranslation(action.messageKey()), reason -> perform(action, reason)).open();
        } else if (StepConfirmDialog.CONFIRMED.contains(action)) {
            new StepConfirmDialog(action, proposal.state(), null, () -> perform(action, null)).open();
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
        return proposal == null ? getTranslation("proposals.title") : header.title.getText();
    }
}
