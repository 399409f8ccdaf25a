package org.passerelle.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A session as one reader sees it.
 *
 * @param myStatus the reader's registration, or {@code null}
 * @param myWaitingPosition the reader's place in the waiting list (1 = next), or 0
 * @param mayFacilitate whether the reader schedules, drives and records this session (staff, facilitators)
 * @param mayRegister whether the reader may register now (a member of the space, before the start)
 * @param currentItem the agenda item under way (0-based), {@code null} before the facilitator starts, and
 *     the agenda's size once the last item is over
 * @param timerStartedAt when the facilitator started the current item's timer, or {@code null}
 */
public record SessionSummary(
        long id,
        long spaceId,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        int capacity,
        SessionState state,
        String cancelReason,
        List<AgendaLine> agenda,
        long registeredCount,
        long waitingCount,
        RegistrationStatus myStatus,
        int myWaitingPosition,
        boolean mayFacilitate,
        boolean mayRegister,
        Integer currentItem,
        Instant timerStartedAt,
        String minutes,
        long version) {

    public SessionPhase phase(Instant now) {
        if (state == SessionState.CANCELLED) {
            return SessionPhase.CANCELLED;
        }
        if (now.isBefore(startsAt)) {
            return SessionPhase.UPCOMING;
        }
        return now.isBefore(endsAt) ? SessionPhase.RUNNING : SessionPhase.ENDED;
    }

    public long seatsLeft() {
        return Math.max(0, capacity - registeredCount);
    }

    /** The agenda item under way, if the facilitator started one and it is not past the last. */
    public AgendaLine current() {
        return currentItem == null || currentItem < 0 || currentItem >= agenda.size() ? null : agenda.get(currentItem);
    }

    /** When the running timer of the current item ends, or {@code null} when no timer runs. */
    public Instant timerEndsAt() {
        AgendaLine line = current();
        return line == null || timerStartedAt == null
                ? null
                : timerStartedAt.plus(Duration.ofMinutes(line.durationMinutes()));
    }

    /** The same session with another live state (current item and timer), as pushed by the facilitator. */
    public SessionSummary withLive(Integer item, Instant timerStarted) {
        return new SessionSummary(
                id,
                spaceId,
                title,
                description,
                startsAt,
                endsAt,
                place,
                onlineLink,
                capacity,
                state,
                cancelReason,
                agenda,
                registeredCount,
                waitingCount,
                myStatus,
                myWaitingPosition,
                mayFacilitate,
                mayRegister,
                item,
                timerStarted,
                minutes,
                version);
    }

    public SessionForm toForm() {
        return new SessionForm(
                title,
                description,
                SessionTimes.local(startsAt),
                SessionTimes.local(endsAt),
                place,
                onlineLink,
                capacity,
                agenda.stream()
                        .map(l -> new AgendaItem(l.title(), l.durationMinutes(), l.proposalId()))
                        .toList());
    }
}
