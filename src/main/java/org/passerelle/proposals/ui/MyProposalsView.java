package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.associations.AssociationService;
import org.passerelle.calls.CallService;
import org.passerelle.proposals.ProposalService;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;

/** The proposals of the person's associations: drafts and submitted ones; new drafts start here. */
@Route("my-proposals")
@RolesAllowed(Role.Names.ASSOCIATION_MEMBER)
@Menu(order = 16, title = "nav.my-proposals", icon = "vaadin:file-text-o")
public final class MyProposalsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final ProposalGrid grid = new ProposalGrid().allRowsVisible();
    final Button create = new Button();
    private final java.util.function.Supplier<NewProposalDialog> newDraft;

    MyProposalsView(
            ProposalService proposals, CallService calls, AssociationService associations, CurrentUser currentUser) {
        addClassName("passerelle-page");
        create.setText(getTranslation("proposals.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.newDraft = () -> new NewProposalDialog(
                proposals,
                calls.visibleCalls(),
                associations.associationsOf(currentUser.require().accountId()),
                created -> getUI().ifPresent(ui ->
                        ui.navigate(ProposalEditorView.class, ProposalEditorView.parameters(created.id()))));
        create.addClickListener(click -> newDraft.get().open());
        grid.setItems(proposals.mine());
        add(create, grid);
    }

    /** From a call's "Submit a proposal" ({@code ?call=<id>}): the new draft's dialog opens with that call chosen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("call")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .ifPresent(callId -> newDraft.get().forCall(callId).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposals.mine.title");
    }
}
