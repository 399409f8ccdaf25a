package org.passerelle.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.security.ui.LanguageSwitch;
import org.passerelle.security.ui.LoginView;

class ShellTest extends KaribuTest {

    private java.util.List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anAssociationMemberSeesHomeAndProfileOnlyInTheirRememberedLanguage() {
        signIn(TestAccounts.MEMBER);
        UI.getCurrent().getPage().reload(); // a new page: the language comes from the account (French)
        assertThat(navigationLabels()).contains("Accueil", "Profil").doesNotContain("Comptes");
    }

    @Test
    void anAdministratorAlsoSeesAccounts() {
        signIn(TestAccounts.ADMIN);
        assertThat(navigationLabels()).contains("Home", "Accounts", "Profile");
        assertThat(navigationLabels().getFirst()).isEqualTo("Home");
    }

    @Test
    void theShellShowsTheNameAndRoles() {
        signIn(TestAccounts.BOTH);
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.userName.getText()).isEqualTo("Bintou Both");
        assertThat(layout.userRoles.getText()).contains("Board member").contains("Association member");
        assertThat(layout.logout.getText()).isEqualTo("Sign out");
        assertThat(layout.viewTitle.getText()).isEqualTo("Home");
    }

    @Test
    void switchingToFrenchTranslatesTheShellAndIsRemembered() {
        signIn(TestAccounts.BOARD);
        _setValue(_get(MainLayout.class).languageSwitch, Locale.FRENCH);

        assertThat(_get(H2.class, spec -> spec.withText("Bienvenue, Bea Board")))
                .isNotNull();
        assertThat(navigationLabels()).contains("Accueil", "Profil").doesNotContain("Home", "Comptes");
        assertThat(_get(MainLayout.class).logout.getText()).isEqualTo("Se déconnecter");
        assertThat(jdbc.queryForObject(
                        "select language from account where email = ?", String.class, TestAccounts.BOARD.email()))
                .isEqualTo("fr");
    }

    @Test
    void aViewTheRoleMayNotOpenShowsATranslatedNotAllowedPage() {
        signIn(TestAccounts.MEMBER);
        navigate("accounts");
        assertThat(_find(org.passerelle.accounts.ui.AccountsView.class)).isEmpty();
        AccessDeniedView view = _get(AccessDeniedView.class);
        assertThat(_get(view, H2.class).getText()).isEqualTo("Accès non autorisé");
        assertThat(_get(MainLayout.class).viewTitle.getText()).isEqualTo("Accès non autorisé");
    }

    @Test
    void anUnknownAddressShowsATranslatedNotFoundPage() {
        signIn(TestAccounts.MEMBER); // French
        NotFoundView view = new NotFoundView();
        assertThat(_get(view, H2.class).getText()).isEqualTo("Page introuvable");
        assertThat(view.getPageTitle()).isEqualTo("Page introuvable");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginView() {
        navigate("");
        _get(LoginView.class);
        assertThat(_find(MainLayout.class)).isEmpty();
    }

    @Test
    void theLanguageSwitchOffersEnglishAndFrenchInTheirOwnLanguage() {
        signIn(TestAccounts.BOARD);
        LanguageSwitch languageSwitch = _get(MainLayout.class).languageSwitch;
        assertThat(languageSwitch.getItemLabelGenerator().apply(Locale.ENGLISH)).isEqualTo("English");
        assertThat(languageSwitch.getItemLabelGenerator().apply(Locale.FRENCH)).isEqualTo("Français");
        assertThat(languageSwitch.getAriaLabel()).contains("Language");
    }

    @Test
    void theShellHasOneH1TheSkipLinkAndItsLandmarks() {
        signIn(TestAccounts.MEMBER); // French
        MainLayout layout = _get(MainLayout.class);
        assertThat(_find(com.vaadin.flow.component.html.H1.class)).containsExactly(layout.viewTitle);
        assertThat(layout.viewTitle.getText()).isEqualTo("Accueil");
        assertThat(layout.skipLink.getText()).isEqualTo("Aller au contenu de la page");
        assertThat(layout.skipLink.getHref())
                .isEqualTo("#" + layout.main.getId().orElseThrow());
        // the view sits inside main, the navigation and the person's panel outside it
        assertThat(layout.view().getParent()).contains(layout.main);
        assertThat(layout.view().getElement().getTag()).isEqualTo("main"); // the home view is the main landmark
        assertThat(layout.main.getElement().hasAttribute("role")).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Aside.class).getElement().getAttribute("aria-label"))
                .isEqualTo("Votre compte");
        assertThat(_get(com.vaadin.flow.component.html.Header.class).getChildren())
                .contains(layout.skipLink, layout.viewTitle);

        navigate("profile");
        assertThat(layout.view().getParent()).contains(layout.main);
        assertThat(layout.main.getChildren()).hasSize(1);
        assertThat(layout.viewTitle.getText()).isEqualTo("Profil");
    }
}
