package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.discussions.MentionSuggestion;
import org.passerelle.discussions.ThreadMessage;

/**
 * Writing a message: the text area (with its length limit shown), @mention suggestions of the space's
 * members while typing after "@", the message being answered, and the send button (also Ctrl+Enter).
 */
final class Composer extends Div {

    /** "@" then up to three words at the end of the text: what the person is typing as a mention. */
    private static final Pattern TYPING_MENTION =
            Pattern.compile("(?:^|\\s)@([\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*(?: [\\p{L}\\p{N}'\\-]*){0,2})?$");

    final TextArea text = new TextArea();
    final Button send = new Button();
    final ListBox<MentionSuggestion> suggestions = new ListBox<>();
    final Span replying = new Span();
    final Button cancelReply = new Button();
    private final Div replyBox = new Div(replying, cancelReply);
    private final Function<String, List<MentionSuggestion>> suggest;
    private ThreadMessage replyTo;
    /** The composer's parts in their order; the reply box and the suggestions are attached only when shown. */
    private final List<Component> parts;

    Composer(int maxLength, Function<String, List<MentionSuggestion>> suggest, Runnable onSend) {
        this.suggest = suggest;
        addClassName("thread-composer");
        text.setLabel(getTranslation("discussions.message"));
        text.addClassName("thread-input");
        text.setWidthFull();
        text.setMaxLength(maxLength);
        text.setHelperText(getTranslation("discussions.limit", 0, maxLength));
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(250);
        text.addValueChangeListener(change -> {
            text.setHelperText(
                    getTranslation("discussions.limit", change.getValue().length(), maxLength));
            showSuggestions(change.getValue());
        });
        suggestions.addClassName("thread-mentions");
        suggestions.setItemLabelGenerator(MentionSuggestion::displayName);
        suggestions.setVisible(false);
        suggestions.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                insertMention(change.getValue());
            }
        });
        suggestions.getElement().setAttribute("aria-label", getTranslation("discussions.mention-suggestions"));
        send.setText(getTranslation("discussions.send"));
        send.addClassName("thread-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> onSend.run());
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        cancelReply.setText(getTranslation("discussions.cancel-reply"));
        cancelReply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancelReply.addClickListener(click -> replyTo(null));
        replyBox.addClassName("thread-replying");
        replyBox.setVisible(false);
        parts = List.of(replyBox, text, suggestions, send);
        add(text, send);
    }

    void replyTo(ThreadMessage message) {
        replyTo = message;
        HiddenParts.show(this, parts, replyBox, message != null);
        replying.setText(message == null ? "" : getTranslation("discussions.replying-to", message.authorName()));
        if (message != null) {
            text.focus();
        }
    }

    ThreadMessage replyTo() {
        return replyTo;
    }

    void clear() {
        text.clear();
        text.setInvalid(false);
        replyTo(null);
        showSuggestions(false);
    }

    void showSuggestions(String value) {
        Matcher typing = TYPING_MENTION.matcher(value == null ? "" : value);
        if (!typing.find()) {
            showSuggestions(false);
            return;
        }
        String prefix = typing.group(1) == null ? "" : typing.group(1);
        List<MentionSuggestion> found = suggest.apply(prefix);
        suggestions.setItems(found);
        showSuggestions(!found.isEmpty());
    }

    private void showSuggestions(boolean shown) {
        HiddenParts.show(this, parts, suggestions, shown);
    }

    void insertMention(MentionSuggestion person) {
        String value = text.getValue();
        int at = value.lastIndexOf('@');
        text.setValue(value.substring(0, at + 1) + person.displayName() + " ");
        showSuggestions(false);
        suggestions.clear();
        text.focus();
    }
}
