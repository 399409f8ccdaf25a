package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.discussions.MessageState;
import org.passerelle.discussions.Reactions;
import org.passerelle.discussions.ThreadMessage;

/**
 * One message of a thread as a component (the pinned one; the list renders {@link MessageRenderer}'s template):
 * author, time, the "edited" mark, the quoted message it answers, the text (or why it is not shown), the
 * reactions given with their counts, and one menu of the actions the reader may take. Stable class names
 * ({@code thread-message}, {@code thread-text}…) and {@code data-message-id} let browser tests find it.
 */
final class MessageCard extends Div {

    final Span author = new Span();
    final Span body = new Span();
    final Button menuButton = new Button("⋯");
    final ContextMenu menu = new ContextMenu();
    MarkdownView text;

    MessageCard(ThreadMessage message, boolean moderator, boolean mayPost, MessageRenderer.Handler actions) {
        addClassName("thread-message");
        setId("message-" + message.id());
        getElement().setAttribute("data-message-id", String.valueOf(message.id()));
        if (message.unread()) {
            addClassName("thread-unread");
        }
        author.setText(message.authorName());
        author.addClassName("thread-author");
        MessageRenderer.Texts texts = new MessageRenderer.Texts(this);
        String postedAt = MessageRenderer.time(getLocale(), message);
        Span time = new Span(postedAt);
        time.addClassName("thread-time");
        Div header = new Div(author, time);
        header.addClassName("thread-message-header");
        if (message.edited() && message.state() == MessageState.VISIBLE) {
            Span edited = new Span(getTranslation("discussions.edited"));
            edited.addClassName("thread-edited");
            header.add(edited);
        }
        List<MessageActions.Action> available = MessageActions.of(texts, message, moderator, mayPost);
        if (!available.isEmpty()) {
            header.add(menu(message, available, MessageActions.menuLabel(texts, message, postedAt), actions));
        }
        add(header);
        if (message.replyTo() != null) {
            add(quote(message.replyTo()));
        }
        if (message.state() == MessageState.VISIBLE) {
            text = new MarkdownView(message.text());
            text.addClassName("thread-text");
            add(text);
            add(reactions(message, mayPost, actions));
        } else {
            body.setText(notice(message));
            body.addClassName("thread-notice");
            add(body);
        }
    }

    private Button menu(
            ThreadMessage message,
            List<MessageActions.Action> available,
            String label,
            MessageRenderer.Handler actions) {
        menuButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        menuButton.addClassName("thread-actions-button");
        menuButton.setAriaLabel(label);
        menuButton.getElement().setAttribute("aria-haspopup", "menu");
        menu.setTarget(menuButton);
        menu.setOpenOnClick(true);
        for (MessageActions.Action action : available) {
            MenuItem item = menu.addItem(action.label(), click -> actions.act(message, action.name(), action.emoji()));
            item.addClassName("thread-action-" + action.name());
        }
        return menuButton;
    }

    private String notice(ThreadMessage message) {
        return switch (message.state()) {
            case REMOVED -> getTranslation("discussions.removed");
            case HIDDEN -> getTranslation("discussions.hidden", message.hiddenReason());
            case UNDER_REVIEW -> getTranslation("discussions.under-review");
            case VISIBLE -> "";
        };
    }

    private Div quote(ThreadMessage.Quote quote) {
        Span who = new Span(getTranslation("discussions.in-reply-to", quote.authorName()));
        who.addClassName("thread-quote-author");
        Div box = new Div(who);
        if (quote.state() == MessageState.VISIBLE) {
            MarkdownView excerpt = new MarkdownView(quote.excerpt());
            box.add(excerpt);
        } else {
            box.add(new Span(getTranslation("discussions.quote-unavailable")));
        }
        box.addClassName("thread-quote");
        return box;
    }

    /** The reactions given so far; the others are in the actions menu. */
    private Div reactions(ThreadMessage message, boolean mayPost, MessageRenderer.Handler actions) {
        Div bar = new Div();
        bar.addClassName("thread-reactions");
        for (String emoji : Reactions.ALL) {
            long count = message.reactions().getOrDefault(emoji, 0L);
            if (count == 0) {
                continue;
            }
            Button button = new Button(emoji + " " + count, click -> actions.act(message, "react", emoji));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("thread-reaction");
            button.getElement().setAttribute("data-emoji", emoji);
            button.getElement()
                    .setAttribute(
                            "aria-pressed", String.valueOf(message.myReactions().contains(emoji)));
            button.setAriaLabel(getTranslation("discussions.react", emoji, count));
            button.setEnabled(mayPost);
            if (message.myReactions().contains(emoji)) {
                button.addClassName("thread-reaction-mine");
            }
            bar.add(button);
        }
        return bar;
    }

    static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
