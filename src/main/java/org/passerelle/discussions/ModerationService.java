package org.passerelle.discussions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.discussions.DiscussionEvents.MemberSuspended;
import org.passerelle.discussions.DiscussionEvents.MessageHeldForReview;
import org.passerelle.discussions.DiscussionEvents.MessageHidden;
import org.passerelle.discussions.DiscussionEvents.MessageReported;
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
 * Keeping threads safe: members report messages; the space's facilitators (and staff) work the queue,
 * hide with a reason, restore, dismiss reports, lock threads, pin messages and suspend people from
 * posting. A message with enough open reports is hidden until reviewed. Every action is audited.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ModerationService {

    static final int REASON_MAX = 500;
    static final Duration LONGEST_SUSPENSION = Duration.ofDays(365);
    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final ReportRepository reports;
    private final SuspensionRepository suspensions;
    private final ThreadAccess access;
    private final SpaceAccess spaceAccess;
    private final MessageViews views;
    private final CurrentUser currentUser;
    private final DiscussionsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(
            ThreadRepository threads,
            MessageRepository messages,
            ReportRepository reports,
            SuspensionRepository suspensions,
            ThreadAccess access,
            SpaceAccess spaceAccess,
            MessageViews views,
            CurrentUser currentUser,
            DiscussionsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.reports = reports;
        this.suspensions = suspensions;
        this.access = access;
        this.spaceAccess = spaceAccess;
        this.views = views;
        this.currentUser = currentUser;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A member of the space reports someone else's message, once, with a reason. */
    public void report(long messageId, String reason) {
        SignedInPerson me = currentUser.require();
        Message message = access.visibleMessage(messageId);
        DiscussionThread thread = threads.findById(message.getThreadId()).orElseThrow();
        if (spaceAccess.roleOf(thread.getSpaceId(), me.accountId()) == null && !access.mayModerate(thread)) {
            throw new UserFacingException("discussions.error.members-only");
        }
        if (message.getAuthorId() == me.accountId()) {
            throw new UserFacingException("discussions.error.own-message");
        }
        if (message.isDeleted()) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        String clean = reason(reason);
        if (reports.existsByMessageIdAndReporterId(messageId, me.accountId())) {
            throw new UserFacingException("discussions.error.already-reported");
        }
        reports.saveAndFlush(new Report(messageId, thread.getSpaceId(), me.accountId(), clean, clock.instant()));
        events.publishEvent(new MessageReported(me.accountId(), thread.getId(), messageId, thread.getSpaceId(), clean));
        long open = reports.countByMessageIdAndResolutionIsNull(messageId);
        if (open >= properties.reportThreshold() && MessageViews.stateOf(message) == MessageState.VISIBLE) {
            message.hideUntilReviewed();
            messages.saveAndFlush(message);
            events.publishEvent(new MessageHeldForReview(thread.getId(), messageId, thread.getSpaceId(), open));
        }
    }

    /** Reported messages waiting in the spaces the person moderates, oldest report first. */
    @Transactional(readOnly = true)
    public List<ModerationItem> queue() {
        List<Long> spaces = moderatedSpacesWithReports();
        if (spaces.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Report>> byMessage = new LinkedHashMap<>();
        reports.findBySpaceIdInAndResolutionIsNullOrderByCreatedAtAsc(spaces)
                .forEach(r -> byMessage
                        .computeIfAbsent(r.getMessageId(), k -> new java.util.ArrayList<>())
                        .add(r));
        Map<Long, Message> reported = new java.util.HashMap<>();
        messages.findByIdIn(byMessage.keySet()).forEach(m -> reported.put(m.getId(), m));
        var people = views.names(java.util.stream.Stream.concat(
                        reported.values().stream().map(Message::getAuthorId),
                        byMessage.values().stream().flatMap(List::stream).map(Report::getReporterId))
                .distinct()
                .toList());
        return byMessage.entrySet().stream()
                .filter(e -> reported.containsKey(e.getKey()))
                .map(e -> {
                    Message m = reported.get(e.getKey());
                    DiscussionThread thread = threads.findById(m.getThreadId()).orElseThrow();
                    return new ModerationItem(
                            m.getId(),
                            thread.getId(),
                            thread.getSpaceId(),
                            ThreadAccess.subjectOf(thread),
                            m.getAuthorId(),
                            MessageViews.nameOf(people, m.getAuthorId()),
                            MessageText.inert(m.getBody()),
                            MessageViews.stateOf(m),
                            m.getCreatedAt(),
                            e.getValue().stream()
                                    .map(r -> new ModerationItem.OpenReport(
                                            r.getId(),
                                            MessageViews.nameOf(people, r.getReporterId()),
                                            r.getReason(),
                                            r.getCreatedAt()))
                                    .toList());
                })
                .toList();
    }

    /** How many reported messages wait for the person (for the badge in the navigation). */
    @Transactional(readOnly = true)
    public long waitingCount() {
        List<Long> spaces = moderatedSpacesWithReports();
        return spaces.isEmpty()
                ? 0
                : reports.findBySpaceIdInAndResolutionIsNullOrderByCreatedAtAsc(spaces).stream()
                        .map(Report::getMessageId)
                        .distinct()
                        .count();
    }

    private List<Long> moderatedSpacesWithReports() {
        return reports.spacesWithOpenReports().stream()
                .filter(space -> spaceAccess.may(space, SpaceAction.MODERATE))
                .toList();
    }

    /** Hides a message with a reason shown to readers; its open reports are settled. */
    public void hide(long messageId, String reason) {
        SignedInPerson me = currentUser.require();
        Message message = moderatedMessage(messageId);
        if (message.isDeleted()) {
            throw new UserFacingException("discussions.error.not-visible");
        }
        String clean = reason(reason);
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
        String clean = reason(reason);
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

    private static String reason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", "discussions.error.reason-required");
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "discussions.error.reason-too-long", REASON_MAX, clean.length());
        }
        return clean;
    }
}
