package org.passerelle.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;

/**
 * The home page: a welcome and one section per role the person holds, saying what that role does in
 * Passerelle (the dashboards of a later issue replace these texts).
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public final class HomeView extends Main implements HasDynamicTitle {

    final H2 greeting = new H2();

    HomeView(CurrentUser currentUser) {
        addClassName("passerelle-page");
        SignedInPerson person = currentUser.require();
        greeting.setText(getTranslation("home.welcome", person.displayName()));
        add(greeting, new Paragraph(getTranslation("home.intro")));
        for (Role role : Role.values()) {
            if (person.hasRole(role)) {
                add(roleSection(role));
            }
        }
    }

    private Div roleSection(Role role) {
        String key = "home.role." + role.name();
        H3 heading = new H3(getTranslation(key + ".title"));
        Div section = new Div(heading, new Paragraph(getTranslation(key + ".text")));
        section.addClassName("passerelle-card");
        section.getElement().setAttribute("role", "region");
        section.getElement().setAttribute("aria-label", heading.getText());
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
