package org.passerelle.associations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationMember;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.associations.AssociationProfile;
import org.passerelle.associations.AssociationRules;
import org.passerelle.associations.MemberStatus;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * The members of an association and their role. Contacts and staff also see pending invitations, invite
 * by e-mail, remove members and name contacts.
 */
final class AssociationMembersPanel extends Div {

    final Grid<AssociationMember> grid = ComponentTexts.translated(new Grid<>());
    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    private final AssociationMembershipService memberships;
    private final AssociationInvitationService invitations;
    private final AssociationProfile association;
    private final Runnable onChange;

    AssociationMembersPanel(
            AssociationProfile association,
            AssociationMembershipService memberships,
            AssociationInvitationService invitations,
            Runnable onChange) {
        this.association = association;
        this.memberships = memberships;
        this.invitations = invitations;
        this.onChange = onChange;
        addClassName("passerelle-card");
        add(new H3(getTranslation("associations.members")));
        grid.addColumn(m -> m.email() == null ? m.displayName() : m.displayName() + " <" + m.email() + ">")
                .setKey("name")
                .setHeader(getTranslation("associations.members.name"))
                .setFlexGrow(2);
        grid.addColumn(this::role).setKey("role").setHeader(getTranslation("associations.members.role"));
        if (association.mayManageMembers()) {
            grid.addComponentColumn(this::actions)
                    .setKey("actions")
                    .setHeader(getTranslation("associations.members.actions"))
                    .setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(memberships.members(association.id()));
        add(grid);
        if (association.mayManageMembers()) {
            add(inviteForm());
        }
    }

    private String role(AssociationMember member) {
        if (member.status() == MemberStatus.INVITED) {
            return getTranslation("associations.members.invited");
        }
        return getTranslation(member.contact() ? "associations.members.contact" : "associations.members.member");
    }

    private HorizontalLayout inviteForm() {
        inviteEmail.setLabel(getTranslation("associations.invite.email"));
        inviteEmail.setHelperText(getTranslation("associations.invite.help"));
        inviteEmail.setMaxLength(AssociationRules.EMAIL_MAX);
        invite.setText(getTranslation("associations.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> invite());
        HorizontalLayout form = new HorizontalLayout(inviteEmail, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private void invite() {
        Map<String, HasValidation> fields = Map.of("email", inviteEmail);
        Feedback.clear(fields);
        try {
            String name = invitations.invite(association.id(), inviteEmail.getValue());
            Feedback.success(getTranslation("associations.invite.sent", name));
            onChange.run();
        } catch (UserFacingException refusal) {
            // the address stays in the field, marked, so it can be corrected
            Feedback.show(refusal, fields);
        } catch (AccessDeniedException denied) {
            Feedback.error(getTranslation("associations.error.not-allowed"));
        }
    }

    private HorizontalLayout actions(AssociationMember member) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        if (member.status() == MemberStatus.ACTIVE) {
            String key = member.contact() ? "associations.members.unmake-contact" : "associations.members.make-contact";
            Button contact = new Button(
                    getTranslation(key),
                    click -> act(
                            () -> memberships.setContact(association.id(), member.accountId(), !member.contact()),
                            "associations.members.contact-changed"));
            contact.addThemeVariants(ButtonVariant.LUMO_SMALL);
            contact.setAriaLabel(getTranslation(key + "-of", member.displayName()));
            actions.add(contact);
        }
        String removeKey = member.status() == MemberStatus.INVITED
                ? "associations.members.withdraw"
                : "associations.members.remove";
        Button remove = new Button(
                getTranslation(removeKey),
                click -> act(
                        () -> memberships.remove(association.id(), member.accountId()),
                        "associations.members.removed"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation(removeKey + "-of", member.displayName()));
        actions.add(remove);
        return actions;
    }

    private void act(Runnable action, String successKey) {
        if (AssociationTexts.attempt(this, action)) {
            Feedback.success(getTranslation(successKey));
        }
        onChange.run();
    }
}
