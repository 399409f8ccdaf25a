package org.passerelle.notifications.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.passerelle.base.ui.MainLayout;
import org.passerelle.base.ui.PageSection;
import org.passerelle.notifications.Bell;
import org.passerelle.notifications.NotificationService;
import org.passerelle.security.CurrentUser;

/** Puts the bell in the shell's top bar of every signed-in person. */
@org.springframework.stereotype.Component
class BellSection implements PageSection<MainLayout> {

    private final NotificationService notifications;
    private final Bell bell;
    private final CurrentUser currentUser;

    BellSection(NotificationService notifications, Bell bell, CurrentUser currentUser) {
        this.notifications = notifications;
        this.bell = bell;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(MainLayout shell) {
        return currentUser.get().map(person -> new NotificationBell(notifications, bell, person.accountId()));
    }
}
