package org.passerelle.base;

/**
 * An event that belongs in the audit log. Modules publish their events (records named in the past tense)
 * and, when the event is worth auditing, implement this interface; the audit module records every such
 * event, so no module needs to call the audit module to be audited.
 */
public interface AuditableEvent {

    /** The account that did it, or {@code null} for the system (scheduled jobs, first start). */
    Long actorId();

    /** What happened, as a stable code, e.g. {@code space.created}; the audit view translates {@code audit.<action>}. */
    String action();

    /** The kind of object concerned, e.g. {@code space}, {@code association}. */
    String objectType();

    /** The id of the object concerned. */
    Long objectId();

    /** The space the action happened in, if any, so that staff can read the audit log per space. */
    default Long spaceId() {
        return null;
    }

    /** Short details for people reading the log (names, old and new values); never secrets. */
    default String details() {
        return "";
    }
}
