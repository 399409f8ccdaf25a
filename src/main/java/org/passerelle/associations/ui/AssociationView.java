package org.passerelle.associations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.associations.AssociationNotFoundException;
import org.passerelle.associations.AssociationProfile;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.MemberStatus;
import org.passerelle.base.ui.Feedback;

/**
 * One association: its profile and members. Staff and contacts edit it and manage members; staff verify
 * it; members may leave. A malformed or unknown id shows the not-found page.
 */
@Route("associations/:id")
@PermitAll
public final class AssociationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Button edit = new Button();
    final Button verify = new Button();
    final Button leave = new Button();
    AssociationDetails details;
    AssociationMembersPanel members;
    private final AssociationService associations;
    private final AssociationMembershipService memberships;
    private final AssociationInvitationService invitations;
    private AssociationProfile profile;

    AssociationView(
            AssociationService associations,
            AssociationMembershipService memberships,
            AssociationInvitationService invitations) {
        this.associations = associations;
        this.memberships = memberships;
        this.invitations = invitations;
        addClassName("passerelle-page");
        edit.setText(getTranslation("action.edit"));
        edit.addClickListener(click -> AssociationDialog.edit(associations, profile, saved -> {
                    Feedback.success(getTranslation("associations.saved"));
                    show(saved.id());
                })
                .open());
        verify.addClickListener(click -> act(
                () -> associations.setVerified(profile.id(), !profile.verified()),
                profile.verified() ? "associations.unverified-done" : "associations.verified-done"));
        leave.setText(getTranslation("associations.leave"));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(click -> act(() -> memberships.leave(profile.id()), "associations.left"));
    }

    static RouteParameters parameters(long associationId) {
        return new RouteParameters("id", String.valueOf(associationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | AssociationNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long associationId) {
        profile = associations.profile(associationId);
        removeAll();
        title.setText(AssociationTexts.nameWithAcronym(profile.name(), profile.acronym()));
        details = new AssociationDetails(profile);
        edit.setVisible(profile.mayEdit());
        verify.setVisible(profile.mayVerify());
        verify.setText(getTranslation(profile.verified() ? "associations.unverify" : "associations.verify"));
        leave.setVisible(profile.myStatus() == MemberStatus.ACTIVE);
        HorizontalLayout actions = new HorizontalLayout(edit, verify, leave);
        actions.getStyle().set("flex-wrap", "wrap");
        members = new AssociationMembersPanel(profile, memberships, invitations, () -> show(associationId));
        add(title, details, actions, members);
    }

    private void act(Runnable action, String successKey) {
        if (AssociationTexts.attempt(this, action)) {
            Feedback.success(getTranslation(successKey));
        }
        show(profile.id());
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("associations.title") : profile.name();
    }
}
