package org.passerelle.discussions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.discussions.DiscussionEvents.MessagePosted;
import org.passerelle.discussions.MessageText;
import org.passerelle.discussions.ThreadEvent;
import org.passerelle.discussions.ThreadInfo;
import org.passerelle.discussions.ThreadMessage;
import org.passerelle.discussions.ThreadUpdates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * A subject's thread, live: messages in a virtual list that loads only what is on screen (a thread of
 * thousands opens as fast as a short one), opened at the first unread message; new messages, edits,
 * reactions and moderation of anyone appear without reloading, and the reader keeps their position. The
 * header's "Write a message" takes the keyboard past the list to the message box; each message costs one
 * keyboard stop (its actions menu). Made by {@link ThreadPanels}; space, proposal and session pages embed it.
 */
@StyleSheet("styles/discussions.css")
public final class ThreadPanel extends Div implements MessageRenderer.Handler {

    final ThreadHeader header = new ThreadHeader(this::toComposer);
    final Span lockedNotice = new Span();
    final Div pinned = new Div();
    final ModeratorBar moderatorBar;
    final VirtualList<ThreadMessage> list = new VirtualList<>();
    final Composer composer;
    final LitRenderer<ThreadMessage> renderer = MessageRenderer.create(this, this);
    final CallbackDataProvider<ThreadMessage, Void> messages;
    private final ThreadPanels services;
    private final SubjectRef subject;
    private final long readerId;
    private ThreadInfo info;
    /**
     * How many messages the thread has, kept by the thread's events (each post adds one) rather than
     * counted again by every open panel at every post; counted afresh when the panel (re)attaches.
     */
    private long knownCount;
    /**
     * Messages posted from this panel and already counted: the relay brings their event back as it does for
     * everyone, and counting it again showed one message too many.
     */
    private final Set<Long> postedHere = new HashSet<>();

    /**
     * The list's size as the panel knows it, given to the list anew after a post by someone else: the list then
     * reads and sends only the rows that are new in what the reader has in view (the new message when they are at
     * the end), instead of reading, rendering and pushing every row in view again for each of hundreds of readers.
     */
    private final CallbackDataProvider.CountCallback<ThreadMessage, Void> size = query -> (int) knownCount;
    /** How many rows the list has read from the thread since it opened (what a live update costs, for tests). */
    long rowsRead;

    private final ThreadActions actions;
    /** The panel's parts in their order on the page; the hidden ones are not attached. */
    private final List<Component> parts;
    /** The thread can no longer be read here (its subject was hidden from the reader): nothing comes back. */
    private boolean closed;

    private ThreadUpdates.Subscription subscription;

    ThreadPanel(ThreadPanels services, SubjectRef subject) {
        this.services = services;
        this.subject = subject;
        info = services.threads().open(subject);
        readerId = services.readerId();
        long readUpTo = info.lastReadMessageId();
        addClassName("thread-panel");
        setId("thread-" + info.id());
        lockedNotice.addClassName("thread-locked");
        pinned.addClassName("thread-pinned");
        moderatorBar = new ModeratorBar(services.moderation(), () -> info);
        messages = new CallbackDataProvider<>(
                query -> {
                    var rows = services.threads().messages(info.id(), query.getOffset(), query.getLimit(), readUpTo);
                    rowsRead += rows.size();
                    return rows.stream();
                },
                query -> (int) knownCount,
                ThreadMessage::id);
        list.addClassName("thread-messages");
        list.setId("thread-" + info.id() + "-messages");
        list.setRenderer(renderer);
        list.setDataProvider(messages);
        composer = new Composer(
                services.maxLength(),
                prefix -> services.threads().mentionSuggestions(info.id(), prefix, 8),
                this::send);
        actions = new ThreadActions(services, composer, messages::refreshAll, () -> {
            info = services.threads().info(info.id());
            showThreadState();
        });
        parts = List.of(header, lockedNotice, pinned, moderatorBar, list, composer);
        add(header, list);
        showThreadState();
        knownCount = info.messageCount();
        showCount();
        // on a first visit everything would be "new": the badge starts with the second
        header.showUnread(readUpTo > 0 ? info.unreadCount() : 0);
        if (info.messageCount() > 0) {
            list.scrollToIndex((int) Math.min(info.firstUnreadIndex(), info.messageCount() - 1));
        }
    }

    /** The actions of a message, in the list (see {@link MessageRenderer}) and on the pinned card. */
    @Override
    public void act(ThreadMessage message, String action, String emoji) {
        actions.act(message, action, emoji);
    }

    @Override
    public boolean moderator() {
        return info.mayModerate();
    }

    @Override
    public boolean mayPost() {
        return info.mayPost();
    }

    /** A message as a component (the pinned one), with the same class names as in the list. */
    MessageCard card(ThreadMessage message) {
        return new MessageCard(message, info.mayModerate(), info.mayPost(), this);
    }

    long threadId() {
        return info.id();
    }

    /** From "Write a message": the message box, below however many messages. */
    void toComposer() {
        composer.text.focus();
    }

    private void showThreadState() {
        if (closed) {
            return;
        }
        lockedNotice.setText(info.locked() ? getTranslation("discussions.locked") : "");
        show(lockedNotice, info.locked());
        pinned.removeAll();
        if (info.pinned() != null) {
            pinned.add(new Span(getTranslation("discussions.pinned")), card(info.pinned()));
        }
        show(pinned, info.pinned() != null);
        moderatorBar.refresh();
        show(moderatorBar, moderatorBar.isVisible());
        show(composer, info.mayPost());
        header.showWrite(info.mayPost());
    }

    /** Hidden parts stay out of the page (see {@link HiddenParts}). */
    private void show(Component part, boolean visible) {
        HiddenParts.show(this, parts, part, visible);
    }

    /** The count in the header; an empty thread draws no empty list box, only a line inviting to start. */
    private void showCount() {
        header.showCount(knownCount);
        if (knownCount == 0 && info.mayPost()) {
            header.count.setText(getTranslation("discussions.empty.start"));
        }
        if (!closed) {
            show(list, knownCount > 0);
        }
    }

    void send() {
        ThreadMessage replyTo = composer.replyTo();
        try {
            ThreadMessage posted = services.messages()
                    .post(info.id(), composer.text.getValue(), replyTo == null ? null : replyTo.id());
            composer.clear();
            postedHere.add(posted.id());
            knownCount++;
            showCount();
            messages.refreshAll();
            list.scrollToEnd();
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, Map.of(MessageText.FIELD, composer.text));
        }
    }

    /** A change made by anyone (this reader included): runs in this panel's UI. */
    void changed(ThreadEvent event) {
        if (event instanceof MessagePosted posted) {
            if (postedHere.remove(posted.messageId())) {
                return; // counted and shown when it was sent
            }
            knownCount++;
            showCount();
            if (posted.authorId() != readerId) {
                header.oneMoreUnread();
            }
            if (knownCount > 1) {
                // only the size changed: the rows already in view stay as they are
                list.getDataCommunicator().setCountCallback(size);
                return;
            }
            // the first message: the list was hidden and has never been sent rows, so it is filled afresh
        } else {
            info = services.threads().info(info.id());
            showThreadState();
        }
        messages.refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        knownCount = services.threads().count(info.id()); // after opening, before any event
        postedHere.clear();
        showCount();
        subscription = services.updates()
                .subscribe(
                        info.id(),
                        event -> ui.access(() -> {
                            try {
                                changed(event);
                            } catch (UserFacingException noLongerVisible) {
                                closed = true;
                                removeAll();
                                add(new Span(Feedback.text(noLongerVisible)));
                            } catch (AuthenticationException | AccessDeniedException signedOut) {
                                // the session ended while the change travelled: nothing to show
                            }
                        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
