package org.passerelle.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.security.SignInThrottledException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    private LoginView openLoginAfter(RuntimeException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        navigate("login", "error");
        return _get(LoginView.class);
    }

    @Test
    void theLoginViewIsTranslated() {
        useLanguage(Locale.FRENCH);
        navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.texts.getForm().getTitle()).isEqualTo("Connexion");
        assertThat(view.texts.getForm().getUsername()).isEqualTo("Adresse e-mail");
        assertThat(view.form.isError()).isFalse();
        assertThat(view.getPageTitle()).startsWith("Connexion");
    }

    @Test
    void badCredentialsSayNothingAboutWhichWasWrong() {
        LoginView view = openLoginAfter(new BadCredentialsException("x"));
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("The e-mail address or the password is not right. Check them and try again.");
    }

    @Test
    void throttlingHasItsOwnClearMessage() {
        useLanguage(Locale.FRENCH);
        LoginView view = openLoginAfter(new SignInThrottledException());
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Trop de tentatives");
        assertThat(view.texts.getErrorMessage().getMessage()).contains("Attendez 15 minutes");
    }

    @Test
    void aDisabledAccountIsToldSo() {
        LoginView view = openLoginAfter(new DisabledException("x"));
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Account disabled");
    }

    @Test
    void emptyFieldsHaveTranslatedMessages() {
        useLanguage(Locale.FRENCH);
        navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.texts.getErrorMessage().getUsername()).isEqualTo("Saisissez votre adresse e-mail");
        assertThat(view.texts.getErrorMessage().getPassword()).isEqualTo("Saisissez votre mot de passe");
    }

    @Test
    void choosingALanguageBeforeSignInTranslatesTheLoginPage() {
        navigate("login");
        _setValue(_get(LoginView.class).languageSwitch, Locale.FRENCH);
        // the switch reloads the page: a new UI in French
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(_get(LoginView.class).texts.getForm().getSubmit()).isEqualTo("Se connecter");
        assertThat(VaadinSession.getCurrent().getAttribute(LanguageSelection.CHOSEN_BEFORE_SIGN_IN_ATTRIBUTE))
                .isEqualTo(Boolean.TRUE);
    }

    @Test
    void aLanguageChosenOnTheLoginPageIsRememberedAfterSignIn() {
        navigate("login");
        _setValue(_get(LoginView.class).languageSwitch, Locale.FRENCH);
        signIn(org.passerelle.TestAccounts.BOARD); // an English account
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(jdbc.queryForObject(
                        "select language from account where email = ?",
                        String.class,
                        org.passerelle.TestAccounts.BOARD.email()))
                .isEqualTo("fr");
    }
}
