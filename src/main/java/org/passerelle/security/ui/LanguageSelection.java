package org.passerelle.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.LanguageChosen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a language chosen in the user interface to the whole browser session and, for a signed-in
 * person, asks the accounts module to remember it. A choice made on the login page is remembered at the
 * first page after sign-in.
 */
@Component
public class LanguageSelection {

    /** Session attribute: the language was chosen explicitly (not guessed from the browser). */
    public static final String CHOSEN_ATTRIBUTE = "passerelle.language.chosen";
    /** Session attribute: the language was chosen before sign-in and is still to be remembered. */
    public static final String CHOSEN_BEFORE_SIGN_IN_ATTRIBUTE = "passerelle.language.chosen-before-sign-in";

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    LanguageSelection(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Cookie remembering the browser's last choice, so that the login page after sign-out keeps it. */
    public static final String COOKIE = "passerelle-language";

    public void choose(Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN_ATTRIBUTE, Boolean.TRUE);
        session.setLocale(locale);
        currentUser
                .get()
                .ifPresentOrElse(
                        person -> events.publishEvent(new LanguageChosen(person.accountId(), locale)),
                        () -> session.setAttribute(CHOSEN_BEFORE_SIGN_IN_ATTRIBUTE, Boolean.TRUE));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().reload();
        }
    }

    /** Called once after sign-in: remembers a choice made on the login page. */
    public void rememberChoiceMadeBeforeSignIn() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(CHOSEN_BEFORE_SIGN_IN_ATTRIBUTE) == null) {
            return;
        }
        currentUser.get().ifPresent(person -> {
            session.setAttribute(CHOSEN_BEFORE_SIGN_IN_ATTRIBUTE, null);
            events.publishEvent(new LanguageChosen(person.accountId(), session.getLocale()));
        });
    }
}
