package org.passerelle.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.passerelle.base.Translations;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.ui.LanguageSelection;
import org.springframework.stereotype.Component;

/**
 * Decides the language of each new page: an explicit choice in this browser session wins, then the
 * signed-in person's remembered language, then this browser's last choice (a cookie, kept across sign-out),
 * then the browser's preferred language. The same decision gives the {@code lang} of the page the server sends,
 * so that the page speaks the right language before the UI starts.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale locale = decide(session, VaadinRequest.getCurrent());
            session.setLocale(locale);
            init.getUI().setLocale(locale);
            PageLanguage.follow(init.getUI());
            ComponentTexts.followConnection(init.getUI());
        });
        event.addIndexHtmlRequestListener(response -> PageLanguage.write(
                response,
                response.getUI()
                        .map(UI::getLocale)
                        .orElseGet(() -> decide(VaadinSession.getCurrent(), response.getVaadinRequest()))));
    }

    private Locale decide(VaadinSession session, VaadinRequest request) {
        if (session != null && session.getAttribute(LanguageSelection.CHOSEN_ATTRIBUTE) != null) {
            return Translations.supported(session.getLocale());
        }
        return currentUser
                .get()
                .map(person -> Translations.supported(Locale.forLanguageTag(person.language())))
                .or(() -> cookieLanguage(request))
                .orElseGet(() -> Translations.supported(request == null ? null : request.getLocale()));
    }

    /** The language this browser chose last time (kept across sign-out), if any. */
    private static java.util.Optional<Locale> cookieLanguage(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Arrays.stream(request.getCookies())
                .filter(cookie -> LanguageSelection.COOKIE.equals(cookie.getName()))
                .map(cookie -> Translations.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst();
    }
}
