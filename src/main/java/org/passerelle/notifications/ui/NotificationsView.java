package org.passerelle.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.LiveUpdates;
import org.passerelle.notifications.Bell;
import org.passerelle.notifications.NotificationLine;
import org.passerelle.notifications.NotificationService;
import org.passerelle.security.CurrentUser;

/**
 * The notification centre: the person's notifications, newest first, a page at a time from the database; unread
 * ones marked; each opens its subject (and is then read); one that lost its subject says so. Updated live.
 */
@Route("notifications")
@PermitAll
@Menu(order = 1, title = "nav.notifications", icon = "vaadin:bell")
public final class NotificationsView extends Main implements HasDynamicTitle {

    static final int PAGE = 30;
    final Div list = new Div();
    final Button markAllRead = new Button();
    final Button more = new Button();
    final Paragraph empty = new Paragraph();
    final List<NotificationLine> shown = new ArrayList<>();
    private final NotificationService notifications;

    NotificationsView(NotificationService notifications, Bell bell, CurrentUser currentUser) {
        this.notifications = notifications;
        addClassName("passerelle-page");
        markAllRead.setText(getTranslation("notifications.mark-all-read"));
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            reload();
        });
        more.setText(getTranslation("notifications.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> loadMore());
        list.addClassName("passerelle-notifications");
        list.getElement().setAttribute("role", "list");
        add(new HorizontalLayout(markAllRead), empty, list, more);
        LiveUpdates.bind(this, bell.channel(), currentUser.require().accountId(), rang -> reload());
        reload();
    }

    private void reload() {
        int size = Math.max(PAGE, shown.size());
        shown.clear();
        list.removeAll();
        append(notifications.page(null, Math.min(size, NotificationService.MAX_PAGE), getLocale()));
    }

    private void loadMore() {
        Long before = shown.isEmpty() ? null : shown.getLast().id();
        append(notifications.page(before, PAGE, getLocale()));
    }

    private void append(List<NotificationLine> page) {
        page.forEach(line -> list.add(entry(line)));
        shown.addAll(page);
        more.setVisible(page.size() == PAGE || (page.size() == NotificationService.MAX_PAGE));
        empty.setText(getTranslation(shown.isEmpty() ? "notifications.empty" : "notifications.all-read"));
        empty.setVisible(shown.isEmpty() || shown.stream().allMatch(NotificationLine::read));
        markAllRead.setEnabled(shown.stream().anyMatch(line -> !line.read()));
    }

    private Div entry(NotificationLine line) {
        Div entry = new Div();
        entry.addClassName("passerelle-notification");
        entry.getElement().setAttribute("role", "listitem");
        if (!line.read()) {
            entry.addClassName("unread");
            Span marker = new Span(getTranslation("notifications.unread"));
            marker.addClassName("passerelle-badge");
            entry.add(marker);
        }
        Span when = new Span(Formats.dateTime(line.at(), getLocale()));
        when.addClassName("passerelle-muted");
        if (line.link() != null) {
            Button open = new Button(line.text(), click -> {
                notifications.markRead(line.id());
                getUI().ifPresent(ui -> ui.navigate(line.link().substring(1)));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("passerelle-notification-open");
            entry.add(open);
        } else {
            entry.add(new Span(line.text()));
            if (!line.read()) {
                entry.add(new Button(getTranslation("notifications.mark-read"), click -> {
                    notifications.markRead(line.id());
                    reload();
                }));
            }
        }
        entry.add(when);
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
