package org.passerelle.base.ui;

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
 * signed-in person's remembered language, then the browser's preferred language.
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
        });
    }

    private Locale decide(VaadinSession session, VaadinRequest request) {
        if (session.getAttribute(LanguageSelection.CHOSEN_ATTRIBUTE) != null) {
            return Translations.supported(session.getLocale());
        }
        return currentUser
                .get()
                .map(person -> Translations.supported(Locale.forLanguageTag(person.language())))
                .orElseGet(() -> Translations.supported(request == null ? null : request.getLocale()));
    }
}
