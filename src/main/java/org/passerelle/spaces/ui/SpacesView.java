package org.passerelle.spaces.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/** Every space the person may see; open ones can be joined here; staff create spaces. */
@Route("spaces")
@PermitAll
@Menu(order = 10, title = "nav.spaces", icon = "vaadin:cubes")
public final class SpacesView extends Main implements HasDynamicTitle {

    final Button create = new Button();
    final Div list = new Div();
    private final SpaceService spaces;
    private final SpaceMembershipService memberships;

    SpacesView(SpaceService spaces, SpaceMembershipService memberships, CurrentUser currentUser) {
        this.spaces = spaces;
        this.memberships = memberships;
        addClassName("passerelle-page");
        create.setText(getTranslation("spaces.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.hasRole(Role.STAFF));
        create.addClickListener(click -> new SpaceDialog(spaces, null, saved -> {
                    Feedback.success(getTranslation("spaces.created"));
                    getUI().ifPresent(ui -> ui.navigate(SpaceView.class, SpaceView.parameters(saved.id())));
                })
                .open());
        add(create, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<SpaceSummary> visible = spaces.visibleSpaces();
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("spaces.none")));
        }
        visible.forEach(space -> list.add(new SpaceCard(space, () -> join(space))));
    }

    private void join(SpaceSummary space) {
        try {
            memberships.join(space.id());
            Feedback.success(getTranslation("spaces.joined"));
            refresh();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spaces.title");
    }
}
