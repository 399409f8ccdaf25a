package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.base.TimeZones;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.discussions.MessageState;
import org.passerelle.discussions.Reactions;
import org.passerelle.discussions.ThreadMessage;

/**
 * One message of a thread: author, time, the "edited" mark (opens the history), the quoted message it
 * answers, the text (or why it is not shown), reactions with counts, and the actions the reader may take.
 * Stable class names ({@code thread-message}, {@code thread-text}…) and {@code data-message-id} let
 * browser tests find it.
 */
final class MessageCard extends Div {

    /** What the card's buttons do; the panel implements it. */
    interface Actions {
        void reply(ThreadMessage message);

        void edit(ThreadMessage message);

        void remove(ThreadMessage message);

        void report(ThreadMessage message);

        void react(ThreadMessage message, String emoji);

        void history(ThreadMessage message);

        void hide(ThreadMessage message);

        void restore(ThreadMessage message);

        void pin(ThreadMessage message);
    }

    final Span author = new Span();
    final Span body = new Span();
    MarkdownView text;
    Button edited;

    MessageCard(ThreadMessage message, boolean moderator, boolean mayPost, Actions actions) {
        addClassName("thread-message");
        setId("message-" + message.id());
        getElement().setAttribute("data-message-id", String.valueOf(message.id()));
        if (message.unread()) {
            addClassName("thread-unread");
        }
        author.setText(message.authorName());
        author.addClassName("thread-author");
        Span time = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(message.postedAt().atZone(TimeZones.OFFICE)));
        time.addClassName("thread-time");
        Div header = new Div(author, time);
        header.addClassName("thread-message-header");
        if (message.edited() && message.state() == MessageState.VISIBLE) {
            edited = small(getTranslation("discussions.edited"), () -> actions.history(message));
            edited.addClassName("thread-edited");
            header.add(edited);
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
        add(actions(message, moderator, mayPost, actions));
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

    private Div reactions(ThreadMessage message, boolean mayPost, Actions actions) {
        Div bar = new Div();
        bar.addClassName("thread-reactions");
        for (String emoji : Reactions.ALL) {
            long count = message.reactions().getOrDefault(emoji, 0L);
            if (count == 0 && !mayPost) {
                continue;
            }
            Button button = small(count == 0 ? emoji : emoji + " " + count, () -> actions.react(message, emoji));
            button.addClassName("thread-reaction");
            button.getElement().setAttribute("data-emoji", emoji);
            button.setAriaLabel(getTranslation("discussions.react", emoji, count));
            button.setEnabled(mayPost);
            if (message.myReactions().contains(emoji)) {
                button.addClassName("thread-reaction-mine");
            }
            bar.add(button);
        }
        return bar;
    }

    private Div actions(ThreadMessage message, boolean moderator, boolean mayPost, Actions actions) {
        Div bar = new Div();
        bar.addClassName("thread-actions");
        boolean visible = message.state() == MessageState.VISIBLE;
        if (visible && mayPost) {
            bar.add(small(getTranslation("discussions.reply"), () -> actions.reply(message)));
        }
        if (visible && message.mine() && mayPost) {
            bar.add(small(getTranslation("discussions.edit"), () -> actions.edit(message)));
        }
        if (visible && message.mine()) {
            bar.add(small(getTranslation("discussions.delete"), () -> actions.remove(message)));
        }
        if (message.state() != MessageState.REMOVED && !message.mine()) {
            bar.add(small(getTranslation("discussions.report"), () -> actions.report(message)));
        }
        if (moderator && message.state() != MessageState.REMOVED) {
            if (visible) {
                bar.add(small(getTranslation("discussions.hide"), () -> actions.hide(message)));
                bar.add(small(getTranslation("discussions.pin"), () -> actions.pin(message)));
            } else {
                bar.add(small(getTranslation("discussions.restore"), () -> actions.restore(message)));
            }
        }
        return bar;
    }

    static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
