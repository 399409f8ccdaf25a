package org.passerelle.discussions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.discussions.DiscussionEvents.MemberSuspended;
import org.passerelle.discussions.DiscussionEvents.MessageHidden;
import org.passerelle.discussions.DiscussionEvents.MessageRestored;
import org.passerelle.discussions.DiscussionEvents.PinChanged;
import org.passerelle.discussions.DiscussionEvents.ReportsDismissed;
import org.passerelle.discussions.DiscussionEvents.ThreadLockChanged;
import org.passerelle.discussions.domain.DiscussionThread;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.Report;
import org.passerelle.discussions.domain.ReportRepository;
import org.passerelle.discussions.domain.Suspension;
import org.passerelle.discussions.domain.SuspensionRepository;
import org.passerelle.discussions.domain.ThreadRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping threads safe: the space's facilitators (and staff) act on what they see or what was reported
 * ({@link ReportService}): hide a message with a reason, restore it, dismiss unfounded reports, lock a
 * thread, pin a message, and suspend a person from posting. Only a moderator of the thread's space may;
 * every action is audited.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ModerationService {

    static final Duration LONGEST_SUSPENSION = Duration.ofDays(365);
    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final ReportRepository reports;
    private final SuspensionRepository suspensions;
    private final ThreadAccess access;
    private final SpaceAccess spaceAccess;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(
            ThreadRepository threads,
            MessageRepository messages,
            ReportRepository reports,
            SuspensionRepository suspensions,
            ThreadAccess access,
            SpaceAccess spaceAccess,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.reports = reports;
        this.suspensions = suspensions;
        this.access = access;
        this.spaceAccess = spaceAccess;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Hides a message with a reason shown to readers; its open reports are settled. */
    public void hide(long messageId, String reason) {
        SignedInPerson me = currentUser.require();
        Message message = moderatedMessage(messageId);
        if (message.isDeleted()) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        String clean = ModerationReason.clean(reason);
        message.hide(me.accountId(), clean);
        messages.saveAndFlush(message);
        settleReports(messageId, "HIDDEN", me);
        events.publishEvent(
                new MessageHidden(me.accountId(), message.getThreadId(), messageId, spaceOf(message), clean));
    }

    /** Shows a hidden (or held) message again; its open reports are settled. */
    public void restore(long messageId) {
        SignedInPerson me = currentUser.require();
        Message message = moderatedMessage(messageId);
        MessageState state = MessageViews.stateOf(message);
        if (state != MessageState.HIDDEN && state != MessageState.UNDER_REVIEW) {
            throw new UserFacingException("discussions.error.not-hidden");
        }
        message.restore();
        messages.saveAndFlush(message);
        settleReports(messageId, "RESTORED", me);
        events.publishEvent(new MessageRestored(me.accountId(), message.getThreadId(), messageId, spaceOf(message)));
    }

    /** The reports were unfounded: they are closed, and a message held for review shows again. */
    public void dismissReports(long messageId) {
        SignedInPerson me = currentUser.require();
        Message message = moderatedMessage(messageId);
        int count = settleReports(messageId, "DISMISSED", me);
        if (count == 0) {
            throw new UserFacingException("discussions.error.no-reports");
        }
        if (MessageViews.stateOf(message) == MessageState.UNDER_REVIEW) {
            message.restore();
            messages.saveAndFlush(message);
        }
        events.publishEvent(
                new ReportsDismissed(me.accountId(), message.getThreadId(), messageId, spaceOf(message), count));
    }

    public void setLocked(long threadId, boolean locked) {
        SignedInPerson me = currentUser.require();
        DiscussionThread thread = moderatedThread(threadId);
        if (thread.isLocked() == locked) {
            return;
        }
        thread.setLocked(locked);
        threads.saveAndFlush(thread);
        events.publishEvent(new ThreadLockChanged(me.accountId(), threadId, thread.getSpaceId(), locked));
    }

    /** Pins a visible message at the top of its thread (one pin per thread: it replaces the previous one). */
    public void pin(long messageId) {
        SignedInPerson me = currentUser.require();
        Message message = moderatedMessage(messageId);
        if (MessageViews.stateOf(message) != MessageState.VISIBLE) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        DiscussionThread thread = threads.findById(message.getThreadId()).orElseThrow();
        thread.setPinnedMessageId(messageId);
        threads.saveAndFlush(thread);
        events.publishEvent(new PinChanged(me.accountId(), thread.getId(), messageId, thread.getSpaceId(), true));
    }

    public void unpin(long threadId) {
        SignedInPerson me = currentUser.require();
        DiscussionThread thread = moderatedThread(threadId);
        Long pinned = thread.getPinnedMessageId();
        if (pinned == null) {
            return;
        }
        thread.setPinnedMessageId(null);
        threads.saveAndFlush(thread);
        events.publishEvent(new PinChanged(me.accountId(), threadId, pinned, thread.getSpaceId(), false));
    }

    /** Stops a member of the space from posting in its threads for a while (not oneself, not a moderator). */
    public Instant suspend(long spaceId, long accountId, Duration duration, String reason) {
        SignedInPerson me = currentUser.require();
        if (!spaceAccess.may(spaceId, SpaceAction.MODERATE)) {
            throw new UserFacingException("discussions.error.not-moderator");
        }
        if (accountId == me.accountId()) {
            throw new UserFacingException("discussions.error.suspend-self");
        }
        if (spaceAccess.roleOf(spaceId, accountId) == null) {
            throw new UserFacingException("discussions.error.not-a-member");
        }
        if (spaceAccess.roleOf(spaceId, accountId) == org.passerelle.spaces.SpaceRole.FACILITATOR) {
            throw new UserFacingException("discussions.error.suspend-moderator");
        }
        if (duration == null
                || duration.isNegative()
                || duration.isZero()
                || duration.compareTo(LONGEST_SUSPENSION) > 0) {
            throw new InvalidInputException("duration", "discussions.error.duration", LONGEST_SUSPENSION.toDays());
        }
        String clean = ModerationReason.clean(reason);
        Instant until = clock.instant().plus(duration);
        suspensions.saveAndFlush(new Suspension(spaceId, accountId, until, clean, me.accountId(), clock.instant()));
        events.publishEvent(new MemberSuspended(me.accountId(), spaceId, accountId, until, clean));
        return until;
    }

    /** Until when the person is suspended from posting in the space, if they are. */
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> suspendedUntil(long spaceId, long accountId) {
        return access.suspendedUntil(spaceId, accountId);
    }

    private int settleReports(long messageId, String resolution, SignedInPerson me) {
        List<Report> open = reports.findByMessageIdAndResolutionIsNull(messageId);
        open.forEach(r -> r.resolve(resolution, me.accountId(), clock.instant()));
        reports.saveAll(open);
        return open.size();
    }

    private Message moderatedMessage(long messageId) {
        Message message = access.visibleMessage(messageId);
        moderatedThread(message.getThreadId());
        return message;
    }

    private DiscussionThread moderatedThread(long threadId) {
        DiscussionThread thread = access.visibleThread(threadId);
        if (!access.mayModerate(thread)) {
            throw new UserFacingException("discussions.error.not-moderator");
        }
        return thread;
    }

    private long spaceOf(Message message) {
        return threads.findById(message.getThreadId()).orElseThrow().getSpaceId();
    }
}
