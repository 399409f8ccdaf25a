package org.passerelle.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.passerelle.security.CurrentUser;
import org.passerelle.sessions.domain.ActionItemRepository;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.RegistrationRepository;
import org.passerelle.sessions.domain.SessionRepository;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and short lists of sessions and action items for the home page, in the spaces the person takes part
 * in: each a fixed number of queries whatever the number of sessions.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SessionDashboards {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final ActionItemRepository actions;
    private final SpaceService spaces;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionDashboards(
            SessionRepository sessions,
            RegistrationRepository registrations,
            ActionItemRepository actions,
            SpaceService spaces,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.actions = actions;
        this.spaces = spaces;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Scheduled sessions not ended yet that start within {@code within}, in every space the person takes part
     * in: how many, and the first {@code top} with their registrations (a fixed number of queries).
     */
    @Transactional(readOnly = true)
    public SessionItems coming(java.time.Duration within, int top) {
        List<Long> spaceIds = spaces.visibleSpaces().stream()
                .filter(SpaceSummary::mayTakePart)
                .map(SpaceSummary::id)
                .toList();
        if (spaceIds.isEmpty()) {
            return new SessionItems(0, List.of());
        }
        Instant now = clock.instant();
        Instant until = now.plus(within);
        List<CoCreationSession> found =
                sessions.coming(spaceIds, now, until, org.springframework.data.domain.Limit.of(top));
        List<Long> ids = found.stream().map(CoCreationSession::getId).toList();
        Map<Long, Long> registered = new java.util.HashMap<>();
        Map<Long, RegistrationStatus> mine = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            registrations.countRegistered(ids).forEach(r -> registered.put((Long) r[0], (Long) r[1]));
            registrations
                    .findByAccountIdAndSessionIdIn(currentUser.require().accountId(), ids)
                    .forEach(r -> mine.put(r.getSessionId(), r.getStatus()));
        }
        return new SessionItems(
                sessions.countComing(spaceIds, now, until),
                found.stream()
                        .map(s -> new SessionItems.Item(
                                s.getId(),
                                s.getSpaceId(),
                                s.getTitle(),
                                s.getStartsAt(),
                                s.getCapacity(),
                                registered.getOrDefault(s.getId(), 0L),
                                mine.get(s.getId())))
                        .toList());
    }

    /**
     * The person's open action items in the spaces they take part in, soonest due first: how many, and the first
     * {@code top} (a fixed number of queries).
     */
    @Transactional(readOnly = true)
    public ActionItems myOpenActions(int top) {
        List<Long> spaceIds = spaces.visibleSpaces().stream()
                .filter(SpaceSummary::mayTakePart)
                .map(SpaceSummary::id)
                .toList();
        if (spaceIds.isEmpty()) {
            return new ActionItems(0, List.of());
        }
        long me = currentUser.require().accountId();
        return new ActionItems(
                actions.countOpen(me, spaceIds),
                actions.open(me, spaceIds, org.springframework.data.domain.Limit.of(top)).stream()
                        .map(r -> new ActionItems.Item(
                                (Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (java.time.LocalDate) r[4]))
                        .toList());
    }
}
