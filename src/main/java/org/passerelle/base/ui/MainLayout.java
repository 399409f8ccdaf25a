package org.passerelle.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
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
 *
 * <p>Structure for keyboard and screen-reader users: a skip link first, the top bar in a banner landmark whose
 * title is the page's only {@code h1}, the navigation, the person's panel in a complementary landmark, and the view
 * as the main landmark (views are {@code <main>} elements; the shell's wrapper takes the role for those that are not). After each navigation (not the first page load) focus moves to the new page's title, unless
 * the new view put it in one of its own fields, so a keyboard user starts at the top of the new page rather than at
 * the document's body.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    static final String MAIN_ID = "passerelle-main";
    static final String TITLE_ID = "passerelle-page-title";

    final H1 viewTitle = new H1();
    final Anchor skipLink = new Anchor("#" + MAIN_ID);
    final Div main = new Div();
    final Span userName = new Span();
    final Span userRoles = new Span();
    final Button logout;
    final LanguageSwitch languageSwitch;
    private Component view;
    private boolean firstNavigationDone;

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
        viewTitle.setId(TITLE_ID);
        viewTitle.addClassName("passerelle-page-title");
        viewTitle.getElement().setAttribute("tabindex", "-1");
        skipLink.setText(getTranslation("shell.skip"));
        skipLink.addClassName("passerelle-skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        // the browser's own fragment jump would go through the router: focus the main content directly
        skipLink.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById($0); if (main) { main.focus(); } });",
                        MAIN_ID);
        main.setId(MAIN_ID);
        main.addClassName("passerelle-main");
        main.getElement().setAttribute("tabindex", "-1");
        Header topBar = new Header(skipLink, toggle, viewTitle);
        topBar.addClassName("passerelle-top-bar");
        // other modules' parts of the shell (e.g. the notification bell), at the end of the top bar
        PageSection.render(shellSections, this, false).forEach(topBar::add);
        addToNavbar(topBar);
        setContent(main);

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
        Aside wrapper = new Aside(panel);
        wrapper.addClassName("passerelle-user");
        wrapper.getElement().setAttribute("aria-label", getTranslation("shell.you"));
        return wrapper;
    }

    private String roles(SignedInPerson person) {
        return person.roles().stream()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "));
    }

    /** The view goes inside the shell's content wrapper, the skip link's target; the view or the wrapper is the main landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        view = content == null ? null : content.getElement().getComponent().orElse(null);
        if (view != null) {
            main.add(view);
        }
        boolean viewIsMain = view != null && "main".equals(view.getElement().getTag());
        if (viewIsMain) {
            main.getElement().removeAttribute("role");
        } else {
            main.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (oldContent != null && view == oldContent) {
            main.removeAll();
            view = null;
        }
    }

    /** The view shown now (inside {@code main}). */
    Component view() {
        return view;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(view instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        if (firstNavigationDone) {
            viewTitle
                    .getElement()
                    .executeJs(
                            "const main = document.getElementById($0); const active = document.activeElement;"
                                    + " if (!(main && active && active !== main && main.contains(active))) {"
                                    + " this.focus({preventScroll: true}); window.scrollTo(0, 0); }",
                            MAIN_ID);
        }
        firstNavigationDone = true;
    }
}
