package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.passerelle.associations.AssociationMember;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.associations.MemberStatus;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;

/** The co-authors of a draft, and adding another active member of the association as co-author. */
final class CoAuthorsPanel extends Div {

    final UnorderedList authors = new UnorderedList();
    final ComboBox<AssociationMember> person = new ComboBox<>();
    final Button add = new Button();
    private final ProposalService proposals;
    private final AssociationMembershipService memberships;
    private final Consumer<ProposalView> changed;
    private ProposalView proposal;

    CoAuthorsPanel(
            ProposalService proposals, AssociationMembershipService memberships, Consumer<ProposalView> changed) {
        this.proposals = proposals;
        this.memberships = memberships;
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
        add(new H3(getTranslation("proposals.co-authors")), authors, adding);
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
        person.setHelperText(candidates.isEmpty() ? getTranslation("proposals.co-authors.none-left") : null);
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
