package org.passerelle.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.passerelle.security.AccountCredentials;
import org.passerelle.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A person whose password must be changed (the first administrator of a production installation) can
 * open only the profile view until they have chosen a new one.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    static final String PROFILE_ROUTE = "profile";

    private final CurrentUser currentUser;
    private final AccountCredentials accounts;

    PasswordChangeGuard(CurrentUser currentUser, AccountCredentials accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (PROFILE_ROUTE.equals(event.getLocation().getFirstSegment())) {
            return;
        }
        currentUser.get().ifPresent(person -> {
            if (accounts.mustChangePassword(person.accountId())) {
                event.rerouteTo(PROFILE_ROUTE);
            }
        });
    }
}
