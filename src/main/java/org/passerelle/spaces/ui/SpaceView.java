package org.passerelle.spaces.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Stream;
import org.passerelle.accounts.AccountService;
import org.passerelle.audit.AuditLog;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceNotFoundException;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One space: its texts, stage and access, join/leave, and for staff the settings, members and audit log.
 * A space one may not see answers "not found", exactly like an id that does not exist.
 */
@Route("spaces/:id")
@PermitAll
public final class SpaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div header = new Div();
    final Paragraph description = new Paragraph();
    final Button join = new Button();
    final Button leave = new Button();
    final Button edit = new Button();
    final Button archive = new Button();
    MembersPanel members;
    private final SpaceService spaces;
    private final SpaceMembershipService memberships;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final ObjectProvider<PageSection<SpaceSummary>> sections;
    private SpaceSummary space;

    SpaceView(
            SpaceService spaces,
            SpaceMembershipService memberships,
            AccountService accounts,
            AuditLog auditLog,
            ObjectProvider<PageSection<SpaceSummary>> sections) {
        this.sections = sections;
        this.spaces = spaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.auditLog = auditLog;
        addClassName("passerelle-page");
        description.getStyle().set("white-space", "pre-line");
        join.setText(getTranslation("spaces.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> act(() -> memberships.join(space.id()), "spaces.joined"));
        leave.setText(getTranslation("spaces.leave"));
        leave.addClickListener(click -> act(() -> memberships.leave(space.id()), "spaces.left"));
        edit.setText(getTranslation("spaces.edit"));
        edit.addClickListener(click -> new SpaceDialog(spaces, space, saved -> {
                    Feedback.success(getTranslation("spaces.saved"));
                    show(saved.id());
                })
                .open());
        archive.addClickListener(click -> act(
                () -> spaces.setArchived(space.id(), !space.archived()),
                space.archived() ? "spaces.restored-done" : "spaces.archived-done"));
    }

    static RouteParameters parameters(long spaceId) {
        return new RouteParameters("id", String.valueOf(spaceId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | SpaceNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long spaceId) {
        space = spaces.get(spaceId);
        removeAll();
        header.removeAll();
        header.add(SpaceTexts.withMarker(this, space.title(getLocale()), title));
        description.setText(space.description(getLocale()).text());
        join.setVisible(space.mayJoin());
        // staff manage the space: "Edit" is their main action, joining as a member a secondary one
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (space.mayManage()) {
            join.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        leave.setVisible(space.myRole() != null && !space.archived());
        edit.setVisible(space.mayManage() && !space.archived());
        archive.setVisible(space.mayManage());
        archive.setText(getTranslation(space.archived() ? "spaces.restore" : "spaces.archive"));
        // only the buttons this person has: a hidden button would still cost each open page its whole state
        HorizontalLayout actions = new HorizontalLayout(Stream.of(join, leave, edit, archive)
                .filter(Component::isVisible)
                .toArray(Component[]::new));
        actions.getStyle().set("flex-wrap", "wrap");
        members = new MembersPanel(space, memberships, accounts, () -> show(spaceId));
        add(header, SpaceBadges.of(this, space), description, actions, members);
        PageSection.render(sections, space, false).forEach(this::add);
        if (space.mayManage()) {
            add(new AuditPanel(auditLog, accounts, space.id()));
        }
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Feedback.success(getTranslation(successKey));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
        try {
            show(space.id());
        } catch (SpaceNotFoundException goneFromView) {
            // e.g. left a private space: it is no longer visible
            getUI().ifPresent(ui -> ui.navigate(MySpacesView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return space == null ? getTranslation("spaces.title") : title.getText();
    }
}
