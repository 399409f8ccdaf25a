package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.calls.CallNotFoundException;
import org.passerelle.calls.CallService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalConflictException;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Drafting: what the call asks, a readiness checklist, the template, and a bar at the bottom of the screen with Save,
 * Submit and the save state. Changes save automatically a moment after the author stops typing (one version per
 * editing session), and with the Save button; a concurrent save by a co-author opens the conflict dialog instead of
 * overwriting anything. Submitting is confirmed first, with what it means.
 */
@Route("proposals/:id/edit")
@PermitAll
@StyleSheet("styles/editor.css")
public final class ProposalEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final SectionsForm form = new SectionsForm(this::autosave);
    final EditorBar bar = new EditorBar();
    final Span saveState = bar.saveState;
    final ReadinessChecklist readiness = new ReadinessChecklist();
    final UnorderedList checklist = readiness.items;
    final Button save = bar.save;
    final Button submit = bar.submit;
    final CoAuthorsPanel coAuthors;
    final Div guidanceBox = new Div();
    private final ProposalService proposals;
    private final CallService calls;
    private ProposalView proposal;
    private boolean conflictOpen;

    private final ObjectProvider<PageSection<ProposalView>> sections;
    private final Div sectionsBox = new Div();

    ProposalEditorView(
            ProposalService proposals,
            AssociationMembershipService memberships,
            AssociationInvitationService invitations,
            CallService calls,
            ObjectProvider<PageSection<ProposalView>> sections) {
        this.proposals = proposals;
        this.calls = calls;
        this.sections = sections;
        this.coAuthors = new CoAuthorsPanel(proposals, memberships, invitations, updated -> proposal = updated);
        addClassNames("passerelle-page", "proposal-editor");
        save.addClickListener(click -> saveNow(proposal.lockVersion(), false));
        submit.addClickListener(click -> submit());
        // the bar comes last: sticky at the bottom of the screen while anything above it is in view
        add(guidanceBox, readiness, form, coAuthors, sectionsBox, bar);
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            proposal = proposals.get(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | ProposalNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!proposal.mayEdit()) {
            event.forwardTo(ProposalPage.class, ProposalPage.parameters(proposal.id()));
            return;
        }
        form.fill(proposal.content());
        showGuidance();
        coAuthors.show(proposal);
        sectionsBox.removeAll();
        PageSection.render(sections, proposal, true).forEach(sectionsBox::add);
        showState(getTranslation("proposals.save.loaded", proposal.versionNumber()));
    }

    /** What the call asks, when the author may see the call. */
    private void showGuidance() {
        guidanceBox.removeAll();
        try {
            guidanceBox.add(new CallGuidance(calls.get(proposal.callId())));
        } catch (CallNotFoundException hidden) {
            // the call's space is closed to this author: the template alone
        }
    }

    private void autosave() {
        if (!conflictOpen) {
            saveNow(proposal.lockVersion(), true);
        }
    }

    /** Saves the form; {@code auto} for an autosave, which continues the editing session's version. */
    private boolean saveNow(long lockVersion, boolean auto) {
        Feedback.clear(form.fields());
        try {
            proposal = auto
                    ? proposals.autosave(proposal.id(), lockVersion, form.value())
                    : proposals.save(proposal.id(), lockVersion, form.value());
            showState(getTranslation(
                    "proposals.save.saved",
                    LocalTime.now(TimeZones.OFFICE).format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                    proposal.versionNumber()));
            return true;
        } catch (ProposalConflictException conflict) {
            conflictOpen = true;
            saveState.setText(getTranslation("proposals.save.conflict"));
            new ConflictDialog(
                            conflict,
                            () -> {
                                conflictOpen = false;
                                saveNow(conflict.storedLockVersion(), false);
                            },
                            () -> {
                                conflictOpen = false;
                                proposal = proposals.get(proposal.id());
                                form.fill(proposal.content());
                                showState(getTranslation("proposals.save.loaded", proposal.versionNumber()));
                            })
                    .open();
            return false;
        } catch (UserFacingException refusal) {
            saveState.setText(getTranslation("proposals.save.not-saved"));
            Feedback.show(refusal, form.fields());
            return false;
        }
    }

    /** Saves what is on screen, then asks before the board gets this version. */
    private void submit() {
        if (saveNow(proposal.lockVersion(), false)) {
            new StepConfirmDialog(ProposalAction.SUBMIT, proposal.state(), null, this::submitNow).open();
        }
    }

    private void submitNow() {
        ProposalAction step = proposal.availableActions().contains(ProposalAction.RESUBMIT)
                ? ProposalAction.RESUBMIT
                : ProposalAction.SUBMIT;
        try {
            proposals.act(proposal.id(), step, null);
            Feedback.success(getTranslation("proposals.submitted"));
            getUI().ifPresent(ui -> ui.navigate(ProposalPage.class, ProposalPage.parameters(proposal.id())));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    private void showState(String text) {
        saveState.setText(text);
        boolean ready = readiness.show(proposal, proposals.eligibilityToSubmit(proposal.id()));
        boolean submittable = proposal.availableActions().contains(ProposalAction.SUBMIT)
                || proposal.availableActions().contains(ProposalAction.RESUBMIT);
        submit.setEnabled(submittable && ready);
        submit.setVisible(submittable);
    }

    @Override
    public String getPageTitle() {
        return proposal == null || proposal.content().title() == null
                ? getTranslation("proposals.editor.title")
                : proposal.content().title();
    }
}
