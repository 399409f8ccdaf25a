package org.passerelle.sessions;

import java.time.LocalDate;
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

    /** A session was scheduled; details: its title and start. */
    public record SessionScheduled(Long actorId, long sessionId, Long spaceId, String details) implements AboutSession {
        @Override
        public String action() {
            return "session.scheduled";
        }
    }

    /** A session's details, times, capacity or agenda changed. */
    public record SessionUpdated(Long actorId, long sessionId, Long spaceId, String details) implements AboutSession {
        @Override
        public String action() {
            return "session.updated";
        }
    }

    /** A session was cancelled; details: the reason. */
    public record SessionCancelled(Long actorId, long sessionId, Long spaceId, String details) implements AboutSession {
        @Override
        public String action() {
            return "session.cancelled";
        }
    }

    /** The minutes were written or changed. */
    public record MinutesRecorded(Long actorId, long sessionId, Long spaceId, String details) implements AboutSession {
        @Override
        public String action() {
            return "session.minutes-recorded";
        }
    }

    /** Attendance was recorded; details: how many attended. */
    public record AttendanceRecorded(Long actorId, long sessionId, Long spaceId, String details)
            implements AboutSession {
        @Override
        public String action() {
            return "session.attendance-recorded";
        }
    }

    /** An action item was added; details: its title, owner id and due date. */
    public record ActionItemAdded(Long actorId, long actionId, Long spaceId, String details)
            implements AboutActionItem {
        @Override
        public String action() {
            return "session.action-added";
        }
    }

    /** An action item was marked open or done; details: the new status. */
    public record ActionItemChanged(Long actorId, long actionId, Long spaceId, String details)
            implements AboutActionItem {
        @Override
        public String action() {
            return "session.action-changed";
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
