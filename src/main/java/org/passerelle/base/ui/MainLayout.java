package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.security.ui.LanguageSelection;
import org.passerelle.security.ui.LanguageSwitch;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application shell: side navigation listing only the views the signed-in person may open (menu
 * titles are message keys), the person's name and roles, the language switch and sign-out; other modules add
 * their parts of the top bar as {@code PageSection<MainLayout>} beans.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    final H2 viewTitle = new H2();
    final Span userName = new Span();
    final Span userRoles = new Span();
    final Button logout;
    final LanguageSwitch languageSwitch;

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authenticationContext,
            LanguageSelection languages,
            ObjectProvider<PageSection<MainLayout>> shellSections) {
        languages.rememberChoiceMadeBeforeSignIn();
        languageSwitch = new LanguageSwitch(languages);
        logout = new Button(
                getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        viewTitle.getStyle().set("flex-grow", "1");
        addToNavbar(toggle, viewTitle);
        // other modules' parts of the shell (e.g. the notification bell), at the end of the top bar
        PageSection.render(shellSections, this, false).forEach(this::addToNavbar);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("passerelle-brand");
        navigation.setLabel(getTranslation("shell.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        addToDrawer(brand, new Scroller(navigation), userPanel(currentUser));
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component userPanel(CurrentUser currentUser) {
        currentUser.get().ifPresent(person -> {
            userName.setText(person.displayName());
            userRoles.setText(roles(person));
        });
        userRoles.addClassName("passerelle-user-roles");
        VerticalLayout panel = new VerticalLayout(userName, userRoles, languageSwitch, logout);
        panel.setSpacing(false);
        panel.setPadding(false);
        Div wrapper = new Div(panel);
        wrapper.addClassName("passerelle-user");
        return wrapper;
    }

    private String roles(SignedInPerson person) {
        return person.roles().stream()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
