package org.passerelle.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.base.ui.PageSection;
import org.passerelle.notifications.Bell;
import org.passerelle.notifications.NotificationLine;
import org.passerelle.notifications.NotificationService;
import org.passerelle.security.SignedInPerson;

/**
 * The home page's "new for you" block: how many notifications the person has not read since their last visit
 * and the newest of them, each opening its subject; kept up to date by push.
 */
@org.springframework.stereotype.Component
class WhatIsNewSection implements PageSection<SignedInPerson> {

    static final int SHOWN = 5;
    private final NotificationService notifications;
    private final Bell bell;

    WhatIsNewSection(NotificationService notifications, Bell bell) {
        this.notifications = notifications;
        this.bell = bell;
    }

    @Override
    public Optional<Component> create(SignedInPerson person) {
        return Optional.of(new Block(notifications, bell, person.accountId()));
    }

    /** Shows after the home's own blocks. */
    @Override
    public int order() {
        return 100;
    }

    static final class Block extends Div {

        final H3 heading = new H3();
        final Paragraph summary = new Paragraph();
        final Div items = new Div();
        private final NotificationService notifications;

        Block(NotificationService notifications, Bell bell, long accountId) {
            this.notifications = notifications;
            addClassName("passerelle-card");
            addClassName("passerelle-whats-new");
            getElement().setAttribute("role", "region");
            heading.setText(getTranslation("notifications.home.title"));
            getElement().setAttribute("aria-label", heading.getText());
            items.addClassName("passerelle-notifications");
            RouterLink all = new RouterLink(getTranslation("notifications.home.all"), NotificationsView.class);
            add(heading, summary, items, all);
            LiveUpdates.bind(this, bell.channel(), accountId, rang -> refresh());
            refresh();
        }

        void refresh() {
            long unread = notifications.unreadCount();
            summary.setText(
                    unread == 0
                            ? getTranslation("notifications.home.nothing")
                            : getTranslation("notifications.home.unread", unread));
            items.removeAll();
            List<NotificationLine> newest = notifications.page(null, SHOWN, getLocale()).stream()
                    .filter(line -> !line.read())
                    .toList();
            for (NotificationLine line : newest) {
                items.add(NotificationOpener.of(line, line.text(), notifications));
            }
        }
    }
}
