package org.passerelle.spaces.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.base.Bilingual;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.spaces.SpaceInvite;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/** The person's spaces, and the invitations waiting for an answer. */
@Route("my-spaces")
@PermitAll
@Menu(order = 11, title = "nav.my-spaces", icon = "vaadin:star")
public final class MySpacesView extends Main implements HasDynamicTitle {

    final Div invitations = new Div();
    final Div list = new Div();
    private final SpaceService spaces;
    private final SpaceMembershipService memberships;

    MySpacesView(SpaceService spaces, SpaceMembershipService memberships) {
        this.spaces = spaces;
        this.memberships = memberships;
        addClassName("passerelle-page");
        add(invitations, list);
        refresh();
    }

    void refresh() {
        invitations.removeAll();
        List<SpaceInvite> pending = memberships.myInvitations();
        if (!pending.isEmpty()) {
            invitations.add(new H3(getTranslation("spaces.invitations.mine")));
            pending.forEach(invite -> invitations.add(invitation(invite)));
        }
        list.removeAll();
        List<SpaceSummary> mine = spaces.mySpaces();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("spaces.my.none")));
        }
        mine.forEach(space -> list.add(new SpaceCard(space, () -> {})));
    }

    private Div invitation(SpaceInvite invite) {
        Span title = new Span();
        Div card = new Div(
                new Div(SpaceTexts.withMarker(
                        this, Bilingual.pick(invite.spaceTitleEn(), invite.spaceTitleFr(), getLocale()), title)),
                new Paragraph(getTranslation(
                        "spaces.invitations.from",
                        invite.invitedByName(),
                        getTranslation(invite.role().messageKey()))));
        card.addClassName("passerelle-card");
        Button accept = new Button(getTranslation("spaces.invitations.accept"), click -> answer(invite, true));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.getElement()
                .setAttribute("aria-label", getTranslation("spaces.invitations.accept") + " " + title.getText());
        Button decline = new Button(getTranslation("spaces.invitations.decline"), click -> answer(invite, false));
        decline.getElement()
                .setAttribute("aria-label", getTranslation("spaces.invitations.decline") + " " + title.getText());
        card.add(new HorizontalLayout(accept, decline));
        return card;
    }

    private void answer(SpaceInvite invite, boolean accept) {
        try {
            memberships.answer(invite.id(), accept);
            Feedback.success(getTranslation(accept ? "spaces.invitations.accepted" : "spaces.invitations.declined"));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spaces.my.title");
    }
}
