package org.passerelle.discussions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.discussions.domain.DiscussionThread;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageEdit;
import org.passerelle.discussions.domain.MessageEditRepository;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.ReadMark;
import org.passerelle.discussions.domain.ReadMarkRepository;
import org.passerelle.discussions.domain.ThreadRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceMembershipService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a thread: a page shows a subject's discussion as its reader may see it, lets them read it page
 * by page without losing their place, and tells them what is new since their last visit (opening, info,
 * messages, a message's history, read pointers, mention suggestions). Writing is {@link MessageService}'s
 * business, moderation {@link ModerationService}'s and {@link ReportService}'s. Every method checks, on the
 * server, that the person sees the thread's subject.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ThreadService {

    private static final int MAX_PAGE = 200;
    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final MessageEditRepository edits;
    private final ReadMarkRepository readMarks;
    private final ThreadAccess access;
    private final MessageViews views;
    private final SpaceMembershipService memberships;
    private final CurrentUser currentUser;
    private final Clock clock;

    ThreadService(
            ThreadRepository threads,
            MessageRepository messages,
            MessageEditRepository edits,
            ReadMarkRepository readMarks,
            ThreadAccess access,
            MessageViews views,
            SpaceMembershipService memberships,
            CurrentUser currentUser,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.edits = edits;
        this.readMarks = readMarks;
        this.access = access;
        this.views = views;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The subject's thread (created on first opening), as the reader sees it; opening it marks it read
     * (the returned pointer is the one from before, so that the reader sees what is new).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ThreadInfo open(SubjectRef subject) {
        long spaceId = access.spaceOf(subject);
        DiscussionThread thread = threads.findBySubjectTypeAndSubjectId(
                        subject.kind().name(), subject.id())
                .orElseGet(() -> create(subject, spaceId));
        ThreadInfo info = info(thread);
        messages.lastIdOf(thread.getId()).ifPresent(last -> advanceReadMark(thread.getId(), last));
        return info;
    }

    private DiscussionThread create(SubjectRef subject, long spaceId) {
        try {
            return threads.saveAndFlush(
                    new DiscussionThread(subject.kind().name(), subject.id(), spaceId, clock.instant()));
        } catch (DataIntegrityViolationException openedAtTheSameTime) {
            return threads.findBySubjectTypeAndSubjectId(subject.kind().name(), subject.id())
                    .orElseThrow(() -> openedAtTheSameTime);
        }
    }

    /** The thread as the reader sees it now (after a live change, e.g. locked or a new pin). */
    @Transactional(readOnly = true)
    public ThreadInfo info(long threadId) {
        return info(access.visibleThread(threadId));
    }

    private ThreadInfo info(DiscussionThread thread) {
        SignedInPerson me = currentUser.require();
        boolean moderator = access.mayModerate(thread);
        long count = messages.countByThreadId(thread.getId());
        long lastRead = readMarks
                .findById(new ReadMark.Key(thread.getId(), me.accountId()))
                .map(ReadMark::getLastReadMessageId)
                .orElse(0L);
        long firstUnread = lastRead == 0 ? 0 : messages.countByThreadIdAndIdLessThanEqual(thread.getId(), lastRead);
        long unread = messages.countByThreadIdAndIdGreaterThanAndAuthorIdNot(thread.getId(), lastRead, me.accountId());
        ThreadMessage pinned = thread.getPinnedMessageId() == null
                ? null
                : messages.findById(thread.getPinnedMessageId())
                        .map(m -> views.of(List.of(m), me.accountId(), Long.MAX_VALUE)
                                .getFirst())
                        .orElse(null);
        return new ThreadInfo(
                thread.getId(),
                ThreadAccess.subjectOf(thread),
                thread.getSpaceId(),
                thread.isLocked(),
                count,
                lastRead,
                firstUnread,
                unread,
                moderator,
                access.postRefusal(thread, me, moderator),
                pinned);
    }

    /**
     * Messages in reading order from a position; those after {@code readUpTo} (the reader's pointer when
     * they opened the thread) are marked unread.
     */
    @Transactional(readOnly = true)
    public List<ThreadMessage> messages(long threadId, long offset, int limit, long readUpTo) {
        access.visibleThread(threadId);
        if (offset < 0 || limit < 1) {
            return List.of();
        }
        long me = currentUser.require().accountId();
        return views.of(messages.page(threadId, offset, Math.min(limit, MAX_PAGE)), me, readUpTo);
    }

    @Transactional(readOnly = true)
    public long count(long threadId) {
        access.visibleThread(threadId);
        return messages.countByThreadId(threadId);
    }

    /** One message as the reader sees it. */
    @Transactional(readOnly = true)
    public ThreadMessage message(long messageId) {
        Message message = access.visibleMessage(messageId);
        return views.of(List.of(message), currentUser.require().accountId(), Long.MAX_VALUE)
                .getFirst();
    }

    /** The texts a visible message has had, oldest first, the current one last. */
    @Transactional(readOnly = true)
    public List<MessageVersion> history(long messageId) {
        Message message = access.visibleMessage(messageId);
        if (MessageViews.stateOf(message) != MessageState.VISIBLE) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        List<MessageVersion> versions = new ArrayList<>();
        Instant since = message.getCreatedAt();
        for (MessageEdit edit : edits.findByMessageIdOrderByIdAsc(messageId)) {
            versions.add(new MessageVersion(MessageText.inert(edit.getBody()), since));
            since = edit.getReplacedAt();
        }
        versions.add(new MessageVersion(MessageText.inert(message.getBody()), since));
        return versions;
    }

    /** The reader has seen the thread up to this message (never moves back). */
    public void markRead(long threadId, long upToMessageId) {
        long me = currentUser.require().accountId();
        access.visibleThread(threadId);
        long last = messages.lastIdOf(threadId).orElse(0L);
        long upTo = Math.min(upToMessageId, last);
        if (upTo <= 0) {
            return;
        }
        advanceReadMark(threadId, upTo);
    }

    private void advanceReadMark(long threadId, long upTo) {
        long me = currentUser.require().accountId();
        ReadMark mark = readMarks.findById(new ReadMark.Key(threadId, me)).orElse(null);
        if (mark == null) {
            readMarks.save(new ReadMark(threadId, me, upTo));
        } else if (mark.getLastReadMessageId() < upTo) {
            mark.advanceTo(upTo);
            readMarks.save(mark);
        }
    }

    /** The reader has seen everything in the thread. */
    public void markAllRead(long threadId) {
        access.visibleThread(threadId);
        messages.lastIdOf(threadId).ifPresent(last -> markRead(threadId, last));
    }

    /** Members of the thread's space whose name starts with (or has a word starting with) the text. */
    @Transactional(readOnly = true)
    public List<MentionSuggestion> mentionSuggestions(long threadId, String prefix, int limit) {
        DiscussionThread thread = access.visibleThread(threadId);
        String needle = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (needle.length() > 100) {
            return List.of();
        }
        return memberships.members(thread.getSpaceId()).stream()
                .filter(m -> matches(m.displayName(), needle))
                .limit(Math.max(1, Math.min(limit, 20)))
                .map(m -> new MentionSuggestion(m.accountId(), m.displayName()))
                .toList();
    }

    private static boolean matches(String name, String needle) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(needle) || lower.contains(" " + needle);
    }
}
