package org.passerelle.discussions.ui;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.discussions.MessageState;
import org.passerelle.discussions.Reactions;
import org.passerelle.discussions.ThreadMessage;

/**
 * What a reader may do with a message, in the order of its one actions menu (the same in the list and on the
 * pinned message): a single stop for the keyboard per message, however many actions it has. Reactions nobody
 * has given yet are there too; those already given show as buttons with their count. The server checks each
 * action again.
 */
final class MessageActions {

    /** An entry of the menu; {@code emoji} only for reactions. */
    record Action(String name, String label, String emoji) {}

    private MessageActions() {}

    static List<Action> of(MessageRenderer.Texts texts, ThreadMessage message, boolean moderator, boolean mayPost) {
        List<Action> actions = new ArrayList<>();
        boolean visible = message.state() == MessageState.VISIBLE;
        if (visible && mayPost) {
            actions.add(action(texts, "reply"));
        }
        if (visible && message.mine() && mayPost) {
            actions.add(action(texts, "edit"));
        }
        if (visible && message.edited()) {
            actions.add(action(texts, "history"));
        }
        if (visible && message.mine()) {
            actions.add(action(texts, "delete"));
        }
        if (message.state() != MessageState.REMOVED && !message.mine()) {
            actions.add(action(texts, "report"));
        }
        if (moderator && message.state() != MessageState.REMOVED) {
            if (visible) {
                actions.add(action(texts, "hide"));
                actions.add(action(texts, "pin"));
            } else {
                actions.add(action(texts, "restore"));
            }
        }
        if (visible && mayPost) {
            for (String emoji : Reactions.ALL) {
                if (message.reactions().getOrDefault(emoji, 0L) == 0) {
                    actions.add(new Action("react", texts.get("discussions.react-with", emoji), emoji));
                }
            }
        }
        return actions;
    }

    /** The menu button's accessible name: whose message, and when (several in a row may be by the same person). */
    static String menuLabel(MessageRenderer.Texts texts, ThreadMessage message, String time) {
        return texts.get("discussions.actions-for", message.authorName(), time);
    }

    private static Action action(MessageRenderer.Texts texts, String name) {
        return new Action(name, texts.get("discussions." + name), null);
    }
}
