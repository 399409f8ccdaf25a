package org.passerelle.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.notifications.Bell;
import org.passerelle.notifications.NotificationService;

/**
 * The bell in the top bar: the unread count, kept up to date by push whenever the person's notifications change
 * (on any of their screens); a click opens the notification centre.
 */
final class NotificationBell extends Button {

    final Span badge = new Span();
    private final NotificationService notifications;

    NotificationBell(NotificationService notifications, Bell bell, long accountId) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("passerelle-bell");
        badge.addClassName("passerelle-bell-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(badge);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        LiveUpdates.bind(this, bell.channel(), accountId, rang -> refresh());
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0
                ? getTranslation("notifications.bell")
                : getTranslation("notifications.bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    long shown() {
        return badge.getText().isEmpty() ? 0 : Long.parseLong(badge.getText().replace("+", ""));
    }
}
