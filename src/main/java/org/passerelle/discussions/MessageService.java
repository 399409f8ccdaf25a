package org.passerelle.discussions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.discussions.DiscussionEvents.MemberMentioned;
import org.passerelle.discussions.DiscussionEvents.MessageEdited;
import org.passerelle.discussions.DiscussionEvents.MessagePosted;
import org.passerelle.discussions.DiscussionEvents.MessageRemoved;
import org.passerelle.discussions.DiscussionEvents.ReactionToggled;
import org.passerelle.discussions.domain.DiscussionThread;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageEdit;
import org.passerelle.discussions.domain.MessageEditRepository;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.Reaction;
import org.passerelle.discussions.domain.ReactionRepository;
import org.passerelle.discussions.domain.ThreadRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceMembershipService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in threads: members take part in a discussion by posting (with a reply and mentions), correcting
 * or taking back their own words, and reacting, within the thread's rules (who may post, locks,
 * suspensions, the posting pace, the length of a message). Each change is published as an event so that
 * open panels update live and the audit trail records it. Every method checks, on the server, that the
 * person sees the thread's subject.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MessageService {

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final MessageEditRepository edits;
    private final ReactionRepository reactions;
    private final ThreadAccess access;
    private final MessageViews views;
    private final SpaceMembershipService memberships;
    private final CurrentUser currentUser;
    private final DiscussionsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(
            ThreadRepository threads,
            MessageRepository messages,
            MessageEditRepository edits,
            ReactionRepository reactions,
            ThreadAccess access,
            MessageViews views,
            SpaceMembershipService memberships,
            CurrentUser currentUser,
            DiscussionsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.edits = edits;
        this.reactions = reactions;
        this.access = access;
        this.views = views;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Posts a message, or a reply (replies stay one level: answering a reply answers its message). */
    public ThreadMessage post(long threadId, String text, Long replyToId) {
        SignedInPerson me = currentUser.require();
        DiscussionThread thread = threads.lockById(threadId).orElseThrow(ThreadNotFoundException::new);
        access.requireVisible(thread);
        refuseIfMayNotPost(thread, me);
        String clean = MessageText.clean(text, properties.maxLength());
        refuseIfTooFast(me.accountId());
        Long parent = replyToId == null ? null : parentOf(thread, replyToId);
        Message message = messages.saveAndFlush(new Message(threadId, me.accountId(), parent, clean, clock.instant()));
        events.publishEvent(new MessagePosted(threadId, message.getId(), me.accountId(), thread.getSpaceId()));
        announceReply(thread, message, me);
        announceMentions(thread, message, me);
        return views.of(List.of(message), me.accountId(), Long.MAX_VALUE).getFirst();
    }

    private void announceReply(DiscussionThread thread, Message message, SignedInPerson me) {
        if (message.getReplyToId() == null) {
            return;
        }
        messages.findById(message.getReplyToId())
                .filter(answered -> answered.getAuthorId() != me.accountId())
                .ifPresent(answered -> events.publishEvent(new DiscussionEvents.ReplyPosted(
                        thread.getId(),
                        message.getId(),
                        me.accountId(),
                        answered.getAuthorId(),
                        thread.getSpaceId(),
                        ThreadAccess.subjectOf(thread))));
    }

    private void refuseIfMayNotPost(DiscussionThread thread, SignedInPerson me) {
        String refusal = access.postRefusal(thread, me);
        if ("discussions.error.suspended".equals(refusal)) {
            Instant until =
                    access.suspendedUntil(thread.getSpaceId(), me.accountId()).orElseThrow();
            throw new UserFacingException(refusal, java.util.Date.from(until));
        }
        if (refusal != null) {
            throw new UserFacingException(refusal);
        }
    }

    private void refuseIfTooFast(long accountId) {
        Instant now = clock.instant();
        messages.lastPostedBy(accountId).ifPresent(last -> {
            Instant next = last.plus(properties.postInterval());
            if (now.isBefore(next)) {
                long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
                throw new UserFacingException(
                        "discussions.error.too-fast",
                        seconds,
                        properties.postInterval().toSeconds());
            }
        });
    }

    private long parentOf(DiscussionThread thread, long replyToId) {
        Message replied = messages.findById(replyToId)
                .filter(m -> m.getThreadId().equals(thread.getId()))
                .orElseThrow(ThreadNotFoundException::new);
        return replied.getReplyToId() != null ? replied.getReplyToId() : replied.getId();
    }

    private void announceMentions(DiscussionThread thread, Message message, SignedInPerson me) {
        if (message.getBody().indexOf('@') < 0) {
            return;
        }
        List<Mentions.Candidate> members = memberships.members(thread.getSpaceId()).stream()
                .map(m -> new Mentions.Candidate(m.accountId(), m.displayName()))
                .toList();
        SubjectRef subject = ThreadAccess.subjectOf(thread);
        for (long mentioned : Mentions.find(message.getBody(), members)) {
            if (mentioned != me.accountId()) {
                events.publishEvent(new MemberMentioned(
                        mentioned, me.accountId(), thread.getId(), message.getId(), thread.getSpaceId(), subject));
            }
        }
    }

    /** The author changes their message's text; the earlier text is kept in its history. */
    public void edit(long messageId, String text) {
        SignedInPerson me = currentUser.require();
        Message message = ownLiveMessage(messageId, me);
        DiscussionThread thread = access.visibleThread(message.getThreadId());
        refuseIfMayNotPost(thread, me);
        String clean = MessageText.clean(text, properties.maxLength());
        if (clean.equals(message.getBody())) {
            return;
        }
        edits.save(new MessageEdit(messageId, message.getBody(), clock.instant()));
        message.edit(clean, clock.instant());
        messages.saveAndFlush(message);
        events.publishEvent(new MessageEdited(message.getThreadId(), messageId, me.accountId()));
    }

    /** The author's own text of their message, as written (for editing it). */
    @Transactional(readOnly = true)
    public String ownText(long messageId) {
        return ownLiveMessage(messageId, currentUser.require()).getBody();
    }

    /** The author removes their message: its text and history are erased; "message removed" remains. */
    public void remove(long messageId) {
        SignedInPerson me = currentUser.require();
        Message message = ownLiveMessage(messageId, me);
        edits.deleteByMessageId(messageId);
        message.delete();
        messages.saveAndFlush(message);
        events.publishEvent(new MessageRemoved(message.getThreadId(), messageId, me.accountId()));
    }

    private Message ownLiveMessage(long messageId, SignedInPerson me) {
        Message message = access.visibleMessage(messageId);
        if (message.getAuthorId() != me.accountId()) {
            throw new UserFacingException("discussions.error.not-yours");
        }
        if (MessageViews.stateOf(message) != MessageState.VISIBLE) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        return message;
    }

    /** Adds the reader's reaction, or takes it back when it is there. */
    public void toggleReaction(long messageId, String emoji) {
        SignedInPerson me = currentUser.require();
        if (!Reactions.ALL.contains(emoji)) {
            throw new InvalidInputException("emoji", "discussions.error.unknown-reaction");
        }
        Message message = access.visibleMessage(messageId);
        DiscussionThread thread = access.visibleThread(message.getThreadId());
        String refusal = access.postRefusal(thread, me);
        if (refusal != null) {
            throw new UserFacingException(
                    refusal.equals("discussions.error.suspended") ? "discussions.error.suspended-now" : refusal);
        }
        if (MessageViews.stateOf(message) != MessageState.VISIBLE) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        Reaction.Key key = new Reaction.Key(messageId, me.accountId(), emoji);
        boolean added = !reactions.existsById(key);
        if (added) {
            reactions.save(new Reaction(messageId, me.accountId(), emoji));
        } else {
            reactions.deleteById(key);
        }
        events.publishEvent(new ReactionToggled(message.getThreadId(), messageId, me.accountId(), emoji, added));
    }
}
