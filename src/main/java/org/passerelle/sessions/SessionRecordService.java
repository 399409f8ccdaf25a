package org.passerelle.sessions;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.sessions.SessionEvents.ActionItemAdded;
import org.passerelle.sessions.SessionEvents.ActionItemChanged;
import org.passerelle.sessions.SessionEvents.AttendanceRecorded;
import org.passerelle.sessions.SessionEvents.MinutesRecorded;
import org.passerelle.sessions.domain.ActionItem;
import org.passerelle.sessions.domain.ActionItemRepository;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.Registration;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.passerelle.sessions.domain.SessionRepository;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.passerelle.spaces.SpaceMembership;
import org.passerelle.spaces.SpaceMembershipService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a session: the facilitator records attendance and minutes (Markdown) once the session has
 * started, and action items with an owner among the space's members and a due date; owners and
 * facilitators mark them done. Everyone who sees the session reads its minutes and actions.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SessionRecordService {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final ActionItemRepository actions;
    private final SessionAccess access;
    private final SpaceAccess spaceAccess;
    private final SpaceMembershipService memberships;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionRecordService(
            SessionRepository sessions,
            RegistrationRepository registrations,
            ActionItemRepository actions,
            SessionAccess access,
            SpaceAccess spaceAccess,
            SpaceMembershipService memberships,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.actions = actions;
        this.access = access;
        this.spaceAccess = spaceAccess;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Marks who of the registered people attended (everyone else registered did not). */
    public void recordAttendance(long sessionId, Collection<Long> attendedAccountIds) {
        long me = currentUser.require().accountId();
        CoCreationSession session = started(sessionId);
        Set<Long> attended = Set.copyOf(attendedAccountIds);
        List<Registration> seated = registrations.findBySessionIdAndStatusOrderByRegisteredAtAscIdAsc(
                sessionId, RegistrationStatus.REGISTERED);
        Set<Long> seatedIds = seated.stream().map(Registration::getAccountId).collect(Collectors.toSet());
        if (!seatedIds.containsAll(attended)) {
            throw new InvalidInputException("attendance", "sessions.error.not-registrant");
        }
        seated.forEach(r -> r.setAttended(attended.contains(r.getAccountId())));
        registrations.saveAllAndFlush(seated);
        events.publishEvent(
                new AttendanceRecorded(me, sessionId, session.getSpaceId(), attended.size(), seated.size()));
    }

    /** Writes or replaces the minutes (Markdown, up to 20,000 characters; empty removes them). */
    public SessionSummary saveMinutes(long sessionId, String markdown) {
        long me = currentUser.require().accountId();
        CoCreationSession session = started(sessionId);
        String minutes = SessionRules.minutes(markdown);
        session.setMinutes(minutes);
        session.touch(clock.instant());
        sessions.saveAndFlush(session);
        events.publishEvent(
                new MinutesRecorded(me, sessionId, session.getSpaceId(), minutes == null ? 0 : minutes.length()));
        return access.summary(session);
    }

    /** Adds an action item; its owner must be a member of the session's space. */
    public ActionItemView addAction(long sessionId, ActionItemForm form) {
        SignedInPerson me = currentUser.require();
        CoCreationSession session = access.facilitated(sessionId, false);
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        String title = SessionRules.actionTitle(form.title());
        if (form.ownerId() == null || spaceAccess.roleOf(session.getSpaceId(), form.ownerId()) == null) {
            throw new InvalidInputException("owner", "sessions.error.owner-not-member");
        }
        if (form.dueOn() == null) {
            throw new InvalidInputException("dueOn", "sessions.error.due-required");
        }
        ActionItem item =
                actions.saveAndFlush(new ActionItem(sessionId, title, form.ownerId(), form.dueOn(), clock.instant()));
        events.publishEvent(new ActionItemAdded(
                me.accountId(), item.getId(), session.getSpaceId(), title, form.ownerId(), form.dueOn()));
        events.publishEvent(new SessionEvents.ActionItemAssigned(
                me.accountId(), item.getId(), sessionId, session.getSpaceId(), form.ownerId()));
        return view(me, item, session, names(List.of(item)));
    }

    /** Marks an action open or done: its owner, or a facilitator of the session's space. */
    public ActionItemView setStatus(long actionId, ActionStatus status) {
        SignedInPerson me = currentUser.require();
        ActionItem item = actions.findById(actionId)
                .orElseThrow(() -> new UserFacingException("sessions.error.action-not-found"));
        CoCreationSession session = access.visible(item.getSessionId());
        if (!mayChange(me, item, session)) {
            throw new UserFacingException("sessions.error.not-action-owner");
        }
        if (status == null) {
            throw new InvalidInputException("status", "sessions.error.status-required");
        }
        if (item.getStatus() != status) {
            item.setStatus(status, clock.instant());
            actions.saveAndFlush(item);
            events.publishEvent(new ActionItemChanged(me.accountId(), actionId, session.getSpaceId(), status));
        }
        return view(me, item, session, names(List.of(item)));
    }

    /** The action items of a session the person sees. */
    @Transactional(readOnly = true)
    public List<ActionItemView> actions(long sessionId) {
        SignedInPerson me = currentUser.require();
        CoCreationSession session = access.visible(sessionId);
        List<ActionItem> found = actions.findBySessionIdOrderByDueOnAscIdAsc(sessionId);
        Map<Long, PersonRef> names = names(found);
        return found.stream().map(item -> view(me, item, session, names)).toList();
    }

    /** The person's own action items, open ones first, by due date. */
    @Transactional(readOnly = true)
    public List<ActionItemView> myActions() {
        SignedInPerson me = currentUser.require();
        List<ActionItem> found = actions.findByOwnerIdOrderByStatusDescDueOnAscIdAsc(me.accountId());
        Map<Long, CoCreationSession> bySession =
                sessions
                        .findAllById(found.stream()
                                .map(ActionItem::getSessionId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CoCreationSession::getId, Function.identity()));
        Map<Long, PersonRef> names = names(found);
        return found.stream()
                .filter(item ->
                        spaceAccess.may(bySession.get(item.getSessionId()).getSpaceId(), SpaceAction.TAKE_PART))
                .map(item -> view(me, item, bySession.get(item.getSessionId()), names))
                .toList();
    }

    /** Who may own an action of this session: the members of its space (facilitators only). */
    @Transactional(readOnly = true)
    public List<SpaceMembership> ownerChoices(long sessionId) {
        CoCreationSession session = access.facilitated(sessionId, false);
        return memberships.members(session.getSpaceId());
    }

    private CoCreationSession started(long sessionId) {
        CoCreationSession session = access.facilitated(sessionId, true);
        if (session.getState() == SessionState.CANCELLED) {
            throw new UserFacingException("sessions.error.cancelled");
        }
        if (!SessionPhase.of(
                        session.getState(),
                        session.getStartsAt(),
                        session.getEndsAt(),
                        session.getCurrentItem(),
                        session.getAgenda().size(),
                        clock.instant())
                .begun()) {
            throw new UserFacingException("sessions.error.not-started");
        }
        return session;
    }

    private boolean mayChange(SignedInPerson me, ActionItem item, CoCreationSession session) {
        return item.getOwnerId() == me.accountId() || spaceAccess.may(session.getSpaceId(), SpaceAction.MODERATE);
    }

    private Map<Long, PersonRef> names(List<ActionItem> items) {
        return accounts.people(
                items.stream().map(ActionItem::getOwnerId).distinct().toList());
    }

    private ActionItemView view(
            SignedInPerson me, ActionItem item, CoCreationSession session, Map<Long, PersonRef> names) {
        PersonRef owner = names.get(item.getOwnerId());
        return new ActionItemView(
                item.getId(),
                session.getId(),
                session.getTitle(),
                item.getTitle(),
                item.getOwnerId(),
                owner == null ? "#" + item.getOwnerId() : owner.displayName(),
                item.getDueOn(),
                item.getStatus(),
                mayChange(me, item, session));
    }
}
