package org.passerelle.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** Events of the sessions module. Those that change what a session is or records are audited in its space. */
public final class SessionEvents {

    private SessionEvents() {}

    /** An audited event about a session: the session is the object. */
    public interface AboutSession extends AuditableEvent {
        long sessionId();

        @Override
        default String objectType() {
            return "session";
        }

        @Override
        default Long objectId() {
            return sessionId();
        }
    }

    /** An audited event about an action item: the item is the object. */
    public interface AboutActionItem extends AuditableEvent {
        long actionId();

        @Override
        default String objectType() {
            return "session-action";
        }

        @Override
        default Long objectId() {
            return actionId();
        }
    }

    /** A session was scheduled, with its title and start. */
    public record SessionScheduled(Long actorId, long sessionId, Long spaceId, String title, Instant startsAt)
            implements AboutSession {
        @Override
        public String action() {
            return "session.scheduled";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(title), AuditFact.instant(startsAt));
        }
    }

    /** A session's details, times, capacity or agenda changed; its title and start after the change. */
    public record SessionUpdated(Long actorId, long sessionId, Long spaceId, String title, Instant startsAt)
            implements AboutSession {
        @Override
        public String action() {
            return "session.updated";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(title), AuditFact.instant(startsAt));
        }
    }

    /** A session was cancelled; details: the reason. */
    public record SessionCancelled(Long actorId, long sessionId, Long spaceId, String details) implements AboutSession {
        @Override
        public String action() {
            return "session.cancelled";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
        }
    }

    /** The minutes were written, changed or removed; {@code length} is their length in characters, 0 when removed. */
    public record MinutesRecorded(Long actorId, long sessionId, Long spaceId, int length) implements AboutSession {
        @Override
        public String action() {
            return "session.minutes-recorded";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.number(length));
        }
    }

    /** Attendance was recorded: how many of the people with a seat attended. */
    public record AttendanceRecorded(Long actorId, long sessionId, Long spaceId, int attended, int seated)
            implements AboutSession {
        @Override
        public String action() {
            return "session.attendance-recorded";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.number(attended), AuditFact.number(seated));
        }
    }

    /** An action item was added, with its title, owner and due date. */
    public record ActionItemAdded(
            Long actorId, long actionId, Long spaceId, String title, long ownerId, LocalDate dueOn)
            implements AboutActionItem {
        @Override
        public String action() {
            return "session.action-added";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(title), AuditFact.person(ownerId), AuditFact.date(dueOn));
        }
    }

    /** An action item was marked open or done. */
    public record ActionItemChanged(Long actorId, long actionId, Long spaceId, ActionStatus status)
            implements AboutActionItem {
        @Override
        public String action() {
            return "session.action-changed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.label(status.messageKey()));
        }
    }

    /** Someone registered (with a seat, or on the waiting list). */
    /** An action item was given to its owner (for notifications). */
    public record ActionItemAssigned(Long actorId, long actionId, long sessionId, Long spaceId, long ownerId) {}

    /** An open action item is due soon and its owner was not reminded yet (raised once per item). */
    public record ActionItemDueSoon(long actionId, long sessionId, Long spaceId, long ownerId, LocalDate dueOn) {}

    public record SessionRegistered(long sessionId, long spaceId, long accountId, RegistrationStatus status) {}

    /** Someone gave up their seat or their place in the waiting list. */
    public record SessionUnregistered(long sessionId, long spaceId, long accountId) {}

    /**
     * A proposal was put on a session's agenda: its authors are invited (they may see the session and register,
     * members of the space or not).
     */
    public record SessionAuthorsInvited(long sessionId, long spaceId, long proposalId, List<Long> authorIds) {}

    /** A seat freed and the first person waiting got it: worth telling them. */
    public record RegistrationPromoted(long sessionId, long spaceId, long accountId) {}

    /**
     * The facilitator moved the agenda on or started the timer (the new live state is in the event, so open
     * pages update without reading the database), or the session itself changed ({@code structural}: pages
     * read it again).
     */
    public record SessionLiveChanged(
            long sessionId, Integer currentItem, java.time.Instant timerStartedAt, boolean structural) {

        public static SessionLiveChanged reread(long sessionId) {
            return new SessionLiveChanged(sessionId, null, null, true);
        }
    }
}
