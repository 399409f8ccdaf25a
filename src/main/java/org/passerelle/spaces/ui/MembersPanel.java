package org.passerelle.spaces.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.spaces.SpaceMembership;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceSummary;

/** Members of a space; staff also invite, change roles, remove, and see pending invitations. */
final class MembersPanel extends Div {

    /** Up to this many members the list shows whole, without a scroll box of its own. */
    static final int WHOLE_LIST = 12;

    /** Rows read and kept at a time: a little more than the box shows. */
    static final int PAGE = 20;

    final Grid<SpaceMembership> grid = ComponentTexts.translated(new Grid<>());
    final PhoneCards<SpaceMembership> phoneCards;
    final ComboBox<PersonRef> invitee = new ComboBox<>();
    final Select<SpaceRole> inviteRole = new Select<>();
    final Button invite = new Button();
    final Div pending = new Div();
    private final SpaceMembershipService memberships;
    private final SpaceSummary space;
    private final Runnable onChange;

    MembersPanel(SpaceSummary space, SpaceMembershipService memberships, AccountService accounts, Runnable onChange) {
        this.space = space;
        this.memberships = memberships;
        this.onChange = onChange;
        addClassName("passerelle-card");
        add(new H3(getTranslation("spaces.members")));
        grid.addColumn(SpaceMembership::displayName).setKey("name").setHeader(getTranslation("spaces.members.name"));
        boolean manage = space.mayManage() && !space.archived();
        if (manage) {
            grid.addComponentColumn(this::roleSelect).setKey("role").setHeader(getTranslation("spaces.members.role"));
            grid.addComponentColumn(this::removeButton)
                    .setKey("actions")
                    .setHeader(getTranslation("spaces.members.actions"));
        } else {
            grid.addColumn(m -> getTranslation(m.role().messageKey()))
                    .setKey("role")
                    .setHeader(getTranslation("spaces.members.role"));
        }
        phoneCards = PhoneCards.on(
                grid,
                SpaceMembership::displayName,
                m -> manage ? List.of() : List.of(getTranslation(m.role().messageKey())));
        if (manage) {
            phoneCards.withActions(m -> {
                HorizontalLayout actions = new HorizontalLayout(roleSelect(m), removeButton(m));
                actions.setWrap(true);
                actions.setAlignItems(FlexComponent.Alignment.BASELINE);
                return actions;
            });
        }
        // read a page at a time (a space of hundreds of members costs each open page only the rows in view); a
        // short list shows whole, a long one scrolls inside its box
        long spaceId = space.id();
        // the box shows about a dozen rows: pages of 20 keep that many rows per open page, not 50
        grid.setPageSize(PAGE);
        grid.setItems(
                query -> memberships.members(spaceId, query.getOffset(), query.getLimit()).stream(),
                query -> memberships.memberCount(spaceId));
        if (memberships.memberCount(spaceId) <= WHOLE_LIST) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        add(grid);
        if (manage) {
            add(inviteForm(accounts), pending);
            memberships
                    .pendingInvitations(space.id())
                    .forEach(invite -> pending.add(new Div(new Span(invite.inviteeName() + " — "
                            + getTranslation(invite.role().messageKey())))));
            if (pending.getChildren().findAny().isPresent()) {
                pending.addComponentAsFirst(new H3(getTranslation("spaces.invitations")));
            }
        }
    }

    private HorizontalLayout inviteForm(AccountService accounts) {
        invitee.setLabel(getTranslation("spaces.invite.person"));
        invitee.setItems(
                query -> accounts.search(query.getFilter().orElse(""), query.getLimit() + query.getOffset()).stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        invitee.setItemLabelGenerator(person -> person.displayName() + " <" + person.email() + ">");
        inviteRole.setLabel(getTranslation("spaces.invite.role"));
        inviteRole.setItems(SpaceRole.values());
        inviteRole.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        inviteRole.setValue(SpaceRole.PARTICIPANT);
        invite.setText(getTranslation("spaces.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> {
            PersonRef person = invitee.getValue();
            if (person == null) {
                invitee.setErrorMessage(getTranslation("spaces.error.no-such-person"));
                invitee.setInvalid(true);
                return;
            }
            invitee.setInvalid(false);
            act(
                    () -> memberships.invite(space.id(), person.id(), inviteRole.getValue()),
                    getTranslation("spaces.invite.sent", person.displayName()));
        });
        HorizontalLayout form = new HorizontalLayout(invitee, inviteRole, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private Select<SpaceRole> roleSelect(SpaceMembership member) {
        Select<SpaceRole> select = new Select<>();
        select.setItems(SpaceRole.values());
        select.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        select.setValue(member.role());
        select.setAriaLabel(getTranslation("spaces.members.role") + " " + member.displayName());
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                act(
                        () -> memberships.changeRole(space.id(), member.accountId(), event.getValue()),
                        getTranslation("spaces.members.role-changed"));
            }
        });
        return select;
    }

    private Button removeButton(SpaceMembership member) {
        Button remove = new Button(
                getTranslation("spaces.members.remove"),
                click -> act(
                        () -> memberships.remove(space.id(), member.accountId()),
                        getTranslation("spaces.members.removed")));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("spaces.members.remove") + " " + member.displayName());
        return remove;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Feedback.success(success);
            onChange.run();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
            onChange.run();
        }
    }
}
