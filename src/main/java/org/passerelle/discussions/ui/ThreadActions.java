package org.passerelle.discussions.ui;

import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.discussions.ThreadMessage;

/**
 * What a reader does to a message from its actions menu (or a reaction's button), with the dialogs it takes:
 * replying in the composer, editing, deleting (asked first), reporting, reacting, reading the history, and
 * moderating. A refusal of the server is shown, never thrown at the page.
 */
final class ThreadActions {

    private final ThreadPanels services;
    private final Composer composer;
    private final Runnable refreshMessages;
    private final Runnable threadChanged;

    /**
     * @param refreshMessages shows the messages again after a change
     * @param threadChanged reads the thread again (a pin changes its top)
     */
    ThreadActions(ThreadPanels services, Composer composer, Runnable refreshMessages, Runnable threadChanged) {
        this.services = services;
        this.composer = composer;
        this.refreshMessages = refreshMessages;
        this.threadChanged = threadChanged;
    }

    void act(ThreadMessage message, String action, String emoji) {
        switch (action) {
            case "reply" -> reply(message);
            case "edit" -> edit(message);
            case "delete" -> remove(message);
            case "report" -> report(message);
            case "react" -> react(message, emoji);
            case "history" -> history(message);
            case "hide" -> hide(message);
            case "restore" -> restore(message);
            case "pin" -> pin(message);
            default -> throw new IllegalArgumentException(action);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            refreshMessages.run();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    private void reply(ThreadMessage message) {
        composer.replyTo(message);
    }

    private void edit(ThreadMessage message) {
        try {
            new EditDialog(services.rawText(message), services.maxLength(), text -> {
                        services.messages().edit(message.id(), text);
                        refreshMessages.run();
                    })
                    .open();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    /** Deleting cannot be undone (the text and its history are erased): asked first. */
    private void remove(ThreadMessage message) {
        new DeleteDialog(() -> {
                    services.messages().remove(message.id());
                    refreshMessages.run();
                })
                .open();
    }

    private void report(ThreadMessage message) {
        new ReasonDialog(
                        composer.getTranslation("discussions.report-title"),
                        composer.getTranslation("discussions.report"),
                        false,
                        (reason, duration) -> services.reports().report(message.id(), reason),
                        () -> Feedback.success(composer.getTranslation("discussions.reported")))
                .open();
    }

    private void react(ThreadMessage message, String emoji) {
        act(() -> services.messages().toggleReaction(message.id(), emoji));
    }

    private void history(ThreadMessage message) {
        try {
            new HistoryDialog(services.threads().history(message.id())).open();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    private void hide(ThreadMessage message) {
        new ReasonDialog(
                        composer.getTranslation("discussions.hide-title"),
                        composer.getTranslation("discussions.hide"),
                        false,
                        (reason, duration) -> services.moderation().hide(message.id(), reason),
                        refreshMessages)
                .open();
    }

    private void restore(ThreadMessage message) {
        act(() -> services.moderation().restore(message.id()));
    }

    private void pin(ThreadMessage message) {
        act(() -> services.moderation().pin(message.id()));
        threadChanged.run();
    }
}
