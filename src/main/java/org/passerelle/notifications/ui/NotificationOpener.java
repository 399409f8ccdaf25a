package org.passerelle.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.notifications.NotificationLine;
import org.passerelle.notifications.NotificationService;

/** One notification on the home page: a button that marks it read and opens its subject, or plain text. */
final class NotificationOpener {

    private NotificationOpener() {}

    /** The line with this text (the notification's own, or one built around it); opening it marks it read. */
    static Component of(NotificationLine line, String text, NotificationService notifications) {
        if (line.link() == null || !line.available()) {
            return new Paragraph(text);
        }
        Button open = new Button(text, click -> {
            notifications.markRead(line.id());
            click.getSource().getUI().ifPresent(ui -> ui.navigate(line.link().substring(1)));
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("passerelle-notification-open");
        if (!line.read()) {
            open.addClassName("passerelle-unread");
        }
        return open;
    }
}
