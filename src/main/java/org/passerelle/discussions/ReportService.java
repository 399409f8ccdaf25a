package org.passerelle.discussions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.base.UserFacingException;
import org.passerelle.discussions.DiscussionEvents.MessageHeldForReview;
import org.passerelle.discussions.DiscussionEvents.MessageReported;
import org.passerelle.discussions.domain.DiscussionThread;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.Report;
import org.passerelle.discussions.domain.ReportRepository;
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
 * Reports, and the queue they fill: members flag what they think breaks the space's rules, so that its
 * facilitators (and staff) learn of it without reading every thread; a message with enough open reports is
 * hidden until someone reviews it. What the moderators then decide is {@link ModerationService}'s business.
 * Every report is audited.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReportService {

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final ReportRepository reports;
    private final ThreadAccess access;
    private final SpaceAccess spaceAccess;
    private final MessageViews views;
    private final CurrentUser currentUser;
    private final DiscussionsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            ThreadRepository threads,
            MessageRepository messages,
            ReportRepository reports,
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
        String clean = ModerationReason.clean(reason);
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
        return spaces.isEmpty() ? 0 : reports.countReportedMessages(spaces);
    }

    private List<Long> moderatedSpacesWithReports() {
        return reports.spacesWithOpenReports().stream()
                .filter(space -> spaceAccess.may(space, SpaceAction.MODERATE))
                .toList();
    }
}
