package org.passerelle.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.passerelle.security.SignInThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security; after a failure this view shows why, translated, without
 * revealing whether an account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final LanguageSwitch languageSwitch;
    /** The public outcomes page, open without signing in. */
    final Anchor outcomes = new Anchor("outcomes", "");
    /** The texts the form shows now (kept because the form does not expose them). */
    LoginI18n texts;

    private final AuthenticationContext authenticationContext;

    LoginView(LanguageSelection languageSelection, AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("passerelle-login");
        languageSwitch = new LanguageSwitch(languageSelection);
        Image logo = new Image("images/passerelle.svg", "");
        logo.setWidth("64px");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        texts = i18n(null);
        form.setI18n(texts);
        outcomes.setText(getTranslation("login.outcomes"));
        add(languageSwitch, logo, title, tagline, form, outcomes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            texts = i18n(lastFailureMessageKey());
            form.setI18n(texts);
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        String key = errorKey == null ? "login.error.bad-credentials" : errorKey;
        error.setTitle(getTranslation(key + ".title"));
        error.setMessage(getTranslation(key + ".message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    /** The reason Spring Security stored for the last failure of this browser session, as a message key. */
    static String lastFailureMessageKey() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof SignInThrottledException) {
            return "login.error.throttled";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        return "login.error.bad-credentials";
    }
}
