package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The top of a thread: its title, how many messages it has, how many of them are new to the reader (never
 * their own), and "Write a message", which takes the keyboard straight to the message box below a long list
 * instead of through every message.
 */
final class ThreadHeader extends Div {

    final H3 title = new H3();
    final Span count = new Span();
    final Span unread = new Span();
    final Button write = new Button();
    private long newCount;
    private final List<Component> parts;

    ThreadHeader(Runnable toComposer) {
        addClassName("thread-header");
        title.setText(getTranslation("discussions.title"));
        count.addClassName("thread-count");
        unread.addClassName("thread-unread-count");
        write.setText(getTranslation("discussions.write"));
        write.addClassName("thread-write");
        write.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        write.addClickListener(click -> toComposer.run());
        parts = List.of(title, count, unread, write);
        add(title, count, write);
        showUnread(0);
    }

    /** "Write a message", for those who may post. */
    void showWrite(boolean shown) {
        HiddenParts.show(this, parts, write, shown);
    }

    void showCount(long messageCount) {
        count.setText(getTranslation("discussions.count", messageCount));
    }

    /** How many messages by others the reader has not seen yet; nothing is shown when none. */
    void showUnread(long messages) {
        newCount = messages;
        unread.setText(messages > 0 ? getTranslation("discussions.unread", messages) : "");
        HiddenParts.show(this, parts, unread, messages > 0);
    }

    /** Someone else's message arrived while the thread is open. */
    void oneMoreUnread() {
        showUnread(newCount + 1);
    }
}
