package org.passerelle.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.base.ui.PageSection;
import org.passerelle.notifications.Bell;
import org.passerelle.notifications.NotificationLine;
import org.passerelle.notifications.NotificationService;
import org.passerelle.notifications.NotificationService.Mentions;
import org.passerelle.security.SignedInPerson;

/**
 * The home page's "mentions" block: where people wrote @the person's name, newest first, the unread ones
 * counted and marked, each opening the message's discussion; kept up to date by push like the bell.
 */
@org.springframework.stereotype.Component
class MentionsSection implements PageSection<SignedInPerson> {

    static final int SHOWN = 5;
    private final NotificationService notifications;
    private final Bell bell;

    MentionsSection(NotificationService notifications, Bell bell) {
        this.notifications = notifications;
        this.bell = bell;
    }

    @Override
    public Optional<Component> create(SignedInPerson person) {
        return Optional.of(new Block(notifications, bell, person.accountId()));
    }

    /** Just before "new for you". */
    @Override
    public int order() {
        return 90;
    }

    static final class Block extends Div {

        final H3 heading = new H3();
        final Span count = new Span();
        final Paragraph empty = new Paragraph();
        final Div items = new Div();
        private final NotificationService notifications;

        Block(NotificationService notifications, Bell bell, long accountId) {
            this.notifications = notifications;
            addClassName("passerelle-card");
            addClassName("passerelle-mentions");
            getElement().setAttribute("role", "region");
            String title = getTranslation("notifications.mentions.title");
            getElement().setAttribute("aria-label", title);
            heading.add(new Span(title + " "), count);
            items.addClassName("passerelle-notifications");
            RouterLink all = new RouterLink(getTranslation("notifications.home.all"), NotificationsView.class);
            add(heading, empty, items, all);
            LiveUpdates.bind(this, bell.channel(), accountId, rang -> refresh());
            refresh();
        }

        void refresh() {
            Mentions mentions = notifications.mentions(SHOWN, getLocale());
            count.setText(Long.toString(mentions.unread()));
            count.getElement().setAttribute("theme", mentions.unread() == 0 ? "badge contrast" : "badge");
            count.getElement()
                    .setAttribute("aria-label", getTranslation("notifications.mentions.unread", mentions.unread()));
            empty.setText(getTranslation("notifications.mentions.none"));
            empty.setVisible(mentions.newest().isEmpty());
            items.removeAll();
            for (NotificationLine line : mentions.newest()) {
                items.add(item(line));
            }
        }

        private Component item(NotificationLine line) {
            String when = Formats.dateTime(line.at(), getLocale());
            String text = getTranslation(
                    line.read() ? "notifications.mentions.line" : "notifications.mentions.line-unread",
                    line.text(),
                    when);
            return NotificationOpener.of(line, text, notifications);
        }
    }
}
