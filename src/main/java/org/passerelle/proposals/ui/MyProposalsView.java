package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
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
public final class MyProposalsView extends Main implements HasDynamicTitle {

    final ProposalGrid grid = new ProposalGrid().allRowsVisible();
    final Button create = new Button();

    MyProposalsView(
            ProposalService proposals, CallService calls, AssociationService associations, CurrentUser currentUser) {
        addClassName("passerelle-page");
        create.setText(getTranslation("proposals.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewProposalDialog(
                        proposals,
                        calls.visibleCalls(),
                        associations.associationsOf(currentUser.require().accountId()),
                        created -> getUI().ifPresent(ui ->
                                ui.navigate(ProposalEditorView.class, ProposalEditorView.parameters(created.id()))))
                .open());
        grid.setItems(proposals.mine());
        add(create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposals.mine.title");
    }
}
