package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.proposals.Ineligibility;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalConflictException;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.Section;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Drafting: the template, a readiness checklist, a visible save state. Changes save automatically a
 * moment after the author stops typing, and with the Save button; a concurrent save by a co-author opens
 * the conflict dialog instead of overwriting anything.
 */
@Route("proposals/:id/edit")
@PermitAll
public final class ProposalEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final SectionsForm form = new SectionsForm(this::autosave);
    final Span saveState = new Span();
    final UnorderedList checklist = new UnorderedList();
    final Button save = new Button();
    final Button submit = new Button();
    final CoAuthorsPanel coAuthors;
    private final ProposalService proposals;
    private ProposalView proposal;
    private boolean conflictOpen;

    private final ObjectProvider<PageSection<ProposalView>> sections;
    private final Div sectionsBox = new Div();

    ProposalEditorView(
            ProposalService proposals,
            AssociationMembershipService memberships,
            ObjectProvider<PageSection<ProposalView>> sections) {
        this.proposals = proposals;
        this.sections = sections;
        this.coAuthors = new CoAuthorsPanel(proposals, memberships, updated -> proposal = updated);
        addClassName("passerelle-page");
        saveState.getElement().setAttribute("role", "status");
        saveState.getElement().setAttribute("aria-live", "polite");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveNow(proposal.lockVersion()));
        submit.setText(getTranslation("proposals.action.SUBMIT"));
        submit.addClickListener(click -> submit());
        Div checklistBox = new Div(new H3(getTranslation("proposals.checklist")), checklist);
        checklistBox.addClassName("passerelle-card");
        HorizontalLayout bar = new HorizontalLayout(save, submit, saveState);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(bar, checklistBox, form, coAuthors, sectionsBox);
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
        coAuthors.show(proposal);
        sectionsBox.removeAll();
        PageSection.render(sections, proposal, true).forEach(sectionsBox::add);
        showState(getTranslation("proposals.save.loaded", proposal.versionNumber()));
    }

    private void autosave() {
        if (!conflictOpen) {
            saveNow(proposal.lockVersion());
        }
    }

    private void saveNow(long lockVersion) {
        Feedback.clear(form.fields());
        try {
            proposal = proposals.save(proposal.id(), lockVersion, form.value());
            showState(getTranslation(
                    "proposals.save.saved",
                    LocalTime.now(TimeZones.OFFICE).format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                    proposal.versionNumber()));
        } catch (ProposalConflictException conflict) {
            conflictOpen = true;
            saveState.setText(getTranslation("proposals.save.conflict"));
            new ConflictDialog(
                            conflict,
                            () -> {
                                conflictOpen = false;
                                saveNow(conflict.storedLockVersion());
                            },
                            () -> {
                                conflictOpen = false;
                                proposal = proposals.get(proposal.id());
                                form.fill(proposal.content());
                                showState(getTranslation("proposals.save.loaded", proposal.versionNumber()));
                            })
                    .open();
        } catch (UserFacingException refusal) {
            saveState.setText(getTranslation("proposals.save.not-saved"));
            Feedback.show(refusal, form.fields());
        }
    }

    private void submit() {
        saveNow(proposal.lockVersion());
        try {
            proposals.act(proposal.id(), ProposalAction.SUBMIT, null);
            Feedback.success(getTranslation("proposals.submitted"));
            getUI().ifPresent(ui -> ui.navigate(ProposalPage.class, ProposalPage.parameters(proposal.id())));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    private void showState(String text) {
        saveState.setText(text);
        checklist.removeAll();
        List<Ineligibility> blocking = proposals.eligibilityToSubmit(proposal.id());
        boolean ready = proposal.missingSections().isEmpty() && blocking.isEmpty();
        if (ready) {
            checklist.add(new ListItem(getTranslation("proposals.checklist.ready")));
        }
        for (Ineligibility reason : blocking) {
            ListItem item = new ListItem(getTranslation(
                    "proposals.checklist.blocked",
                    getTranslation(reason.messageKey(), reason.arguments().toArray())));
            item.addClassName("passerelle-blocking");
            checklist.add(item);
        }
        for (Section section : proposal.missingSections()) {
            checklist.add(
                    new ListItem(getTranslation("proposals.checklist.missing", getTranslation(section.messageKey()))));
        }
        submit.setEnabled(proposal.availableActions().contains(ProposalAction.SUBMIT) && ready);
        submit.setVisible(proposal.availableActions().contains(ProposalAction.SUBMIT));
    }

    @Override
    public String getPageTitle() {
        return proposal == null || proposal.content().title() == null
                ? getTranslation("proposals.editor.title")
                : proposal.content().title();
    }
}
