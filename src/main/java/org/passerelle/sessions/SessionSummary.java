package org.passerelle.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.Bilingual;

/**
 * A session as one reader sees it.
 *
 * @param titleEn the title in English, or {@code null} (then {@code titleFr} is given)
 * @param myStatus the reader's registration, or {@code null}
 * @param myWaitingPosition the reader's place in the waiting list (1 = next), or 0
 * @param mayFacilitate whether the reader schedules, drives and records this session (staff, facilitators)
 * @param mayRegister whether the reader may register now, or give up their seat (see {@link RegistrationRules})
 * @param registrationNote what the page says about registering (why not, or what it does), or {@code null}
 * @param invitedFor the title of the reader's proposal on the agenda when they are invited as its author (not a
 *     member of the space), or {@code null}
 * @param guest whether the reader sees the session only as an invited author: the space's thread and material
 *     on the page stay closed to them
 * @param currentItem the agenda item under way (0-based), {@code null} before the facilitator starts, and
 *     the agenda's size once the last item is over
 * @param timerStartedAt when the facilitator started the current item's timer, or {@code null}
 */
public record SessionSummary(
        long id,
        long spaceId,
        String titleEn,
        String titleFr,
        String descriptionEn,
        String descriptionFr,
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
        RegistrationNote registrationNote,
        String invitedFor,
        boolean guest,
        Integer currentItem,
        Instant timerStartedAt,
        String minutes,
        long version) {

    /** The title in the reader's language, else the other one (marked as such). */
    public Bilingual title(Locale reader) {
        return Bilingual.pick(titleEn, titleFr, reader);
    }

    /** The description in the reader's language, else the other one (marked as such). */
    public Bilingual description(Locale reader) {
        return Bilingual.pick(descriptionEn, descriptionFr, reader);
    }

    /** The title for places that show one language only (files, audit): English, else French. */
    public String title() {
        return titleEn != null ? titleEn : titleFr;
    }

    /** Where the session is, as shown everywhere (see {@link SessionPhase#of}). */
    public SessionPhase phase(Instant now) {
        return SessionPhase.of(state, startsAt, endsAt, currentItem, agenda.size(), now);
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
                titleEn,
                titleFr,
                descriptionEn,
                descriptionFr,
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
                registrationNote,
                invitedFor,
                guest,
                item,
                timerStarted,
                minutes,
                version);
    }

    public SessionForm toForm() {
        return new SessionForm(
                titleEn,
                titleFr,
                descriptionEn,
                descriptionFr,
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
