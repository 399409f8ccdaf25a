package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationMember;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.associations.MemberStatus;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.springframework.security.access.AccessDeniedException;

/**
 * The co-authors of a draft, and adding another active member of the association as co-author. Members whose
 * invitation to the association is still pending cannot be added yet: they are named, each with a button that sends
 * the invitation again.
 */
final class CoAuthorsPanel extends Div {

    final UnorderedList authors = new UnorderedList();
    final ComboBox<AssociationMember> person = new ComboBox<>();
    final Button add = new Button();
    /** One line per pending invitation: who, and "Send the invitation again". */
    final UnorderedList pending = new UnorderedList();

    private final ProposalService proposals;
    private final AssociationMembershipService memberships;
    private final AssociationInvitationService invitations;
    private final Consumer<ProposalView> changed;
    private ProposalView proposal;

    CoAuthorsPanel(
            ProposalService proposals,
            AssociationMembershipService memberships,
            AssociationInvitationService invitations,
            Consumer<ProposalView> changed) {
        this.proposals = proposals;
        this.memberships = memberships;
        this.invitations = invitations;
        this.changed = changed;
        addClassName("passerelle-card");
        person.setLabel(getTranslation("proposals.co-authors.person"));
        person.setItemLabelGenerator(AssociationMember::displayName);
        add.setText(getTranslation("proposals.co-authors.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> addCoAuthor());
        HorizontalLayout adding = new HorizontalLayout(person, add);
        adding.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");
        pending.addClassName("co-authors-pending");
        add(new H3(getTranslation("proposals.co-authors")), authors, adding, pending);
    }

    void show(ProposalView shown) {
        this.proposal = shown;
        List<AssociationMember> members = memberships.members(shown.associationId()).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .toList();
        authors.removeAll();
        members.stream()
                .filter(m -> shown.authorIds().contains(m.accountId()))
                .forEach(m -> authors.add(new ListItem(m.displayName())));
        long formerMembers = shown.authorIds().stream()
                .filter(id -> members.stream().noneMatch(m -> m.accountId() == id))
                .count();
        if (formerMembers > 0) {
            authors.add(new ListItem(getTranslation("proposals.co-authors.former", formerMembers)));
        }
        List<AssociationMember> candidates = members.stream()
                .filter(m -> !shown.authorIds().contains(m.accountId()))
                .toList();
        person.setItems(candidates);
        person.setEnabled(!candidates.isEmpty());
        add.setEnabled(!candidates.isEmpty());
        List<AssociationMember> invited = pendingInvitations(shown.associationId());
        pending.removeAll();
        invited.forEach(m -> pending.add(pendingLine(shown.associationId(), m)));
        person.setHelperText(
                !candidates.isEmpty()
                        ? null
                        : invited.isEmpty()
                                ? getTranslation("proposals.co-authors.none-left")
                                : getTranslation("proposals.co-authors.none-active"));
    }

    /** Who was invited to the association and has not answered; nobody when the reader may not know. */
    private List<AssociationMember> pendingInvitations(long associationId) {
        try {
            return invitations.pendingInvitations(associationId);
        } catch (AccessDeniedException | UserFacingException notAMemberAnyMore) {
            return List.of();
        }
    }

    private ListItem pendingLine(long associationId, AssociationMember invitee) {
        Button resend = new Button(getTranslation("proposals.co-authors.resend"));
        resend.getElement()
                .setAttribute("aria-label", getTranslation("proposals.co-authors.resend-to", invitee.displayName()));
        resend.addClickListener(click -> {
            try {
                String name = invitations.resendInvitation(associationId, invitee.accountId());
                Feedback.success(getTranslation("proposals.co-authors.resent", name));
                resend.setEnabled(false);
            } catch (UserFacingException | AccessDeniedException refusal) {
                Feedback.error(
                        refusal instanceof UserFacingException known
                                ? Feedback.text(known)
                                : getTranslation("proposals.co-authors.resend-refused"));
                show(proposal);
            }
        });
        ListItem line = new ListItem(
                new Span(getTranslation("proposals.co-authors.pending", invitee.displayName())), new Span(" "), resend);
        line.addClassName("co-authors-pending-line");
        return line;
    }

    private void addCoAuthor() {
        if (person.isEmpty()) {
            person.setInvalid(true);
            person.setErrorMessage(getTranslation("proposals.co-authors.choose"));
            return;
        }
        person.setInvalid(false);
        AssociationMember chosen = person.getValue();
        try {
            ProposalView updated = proposals.addCoAuthor(proposal.id(), chosen.accountId());
            Feedback.success(getTranslation("proposals.co-authors.added", chosen.displayName()));
            show(updated);
            changed.accept(updated);
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }
}
