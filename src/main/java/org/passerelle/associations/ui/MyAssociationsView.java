package org.passerelle.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.associations.MemberStatus;
import org.passerelle.associations.MyMembership;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;

/** The person's associations, and the invitations to join one that wait for an answer. */
@Route("my-associations")
@PermitAll
@Menu(order = 21, title = "nav.my-associations", icon = "vaadin:handshake")
public final class MyAssociationsView extends Main implements HasDynamicTitle {

    final Div invitations = new Div();
    final Grid<MyMembership> grid = ComponentTexts.translated(new Grid<>());
    final Paragraph none = new Paragraph();
    private final AssociationMembershipService memberships;
    private final AssociationInvitationService answers;

    MyAssociationsView(AssociationMembershipService memberships, AssociationInvitationService answers) {
        this.memberships = memberships;
        this.answers = answers;
        addClassName("passerelle-page");
        grid.addComponentColumn(this::link)
                .setKey("name")
                .setHeader(getTranslation("associations.field.name"))
                .setFlexGrow(2);
        grid.addColumn(m ->
                        getTranslation(m.contact() ? "associations.members.contact" : "associations.members.member"))
                .setKey("role")
                .setHeader(getTranslation("associations.members.role"));
        grid.addComponentColumn(m -> m.verified() ? AssociationTexts.verifiedBadge(this) : new Span())
                .setKey("verified")
                .setHeader(getTranslation("associations.verified"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("associations.my.none"));
        add(invitations, new H3(getTranslation("associations.my.memberships")), grid, none);
        refresh();
    }

    void refresh() {
        List<MyMembership> mine = memberships.myMemberships();
        invitations.removeAll();
        List<MyMembership> pending =
                mine.stream().filter(m -> m.status() == MemberStatus.INVITED).toList();
        if (!pending.isEmpty()) {
            invitations.add(new H3(getTranslation("associations.invitations.mine")));
            pending.forEach(invitation -> invitations.add(invitation(invitation)));
        }
        List<MyMembership> active =
                mine.stream().filter(m -> m.status() == MemberStatus.ACTIVE).toList();
        grid.setItems(active);
        grid.setVisible(!active.isEmpty());
        none.setVisible(active.isEmpty());
    }

    private Component link(MyMembership membership) {
        return new RouterLink(
                AssociationTexts.nameWithAcronym(membership.associationName(), membership.acronym()),
                AssociationView.class,
                AssociationView.parameters(membership.associationId()));
    }

    private Div invitation(MyMembership invitation) {
        String name = invitation.associationName();
        Div card = new Div(
                link(invitation),
                new Paragraph(getTranslation("associations.invitations.from", invitation.invitedByName())));
        card.addClassName("passerelle-card");
        Button accept =
                new Button(getTranslation("associations.invitations.accept"), click -> answer(invitation, true));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setAriaLabel(getTranslation("associations.invitations.accept-of", name));
        Button decline =
                new Button(getTranslation("associations.invitations.decline"), click -> answer(invitation, false));
        decline.setAriaLabel(getTranslation("associations.invitations.decline-of", name));
        card.add(new HorizontalLayout(accept, decline));
        return card;
    }

    private void answer(MyMembership invitation, boolean accept) {
        boolean done = AssociationTexts.attempt(this, () -> {
            if (accept) {
                answers.accept(invitation.associationId());
            } else {
                answers.decline(invitation.associationId());
            }
        });
        if (done) {
            Feedback.success(getTranslation(
                    accept ? "associations.invitations.accepted" : "associations.invitations.declined",
                    invitation.associationName()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.my.title");
    }
}
