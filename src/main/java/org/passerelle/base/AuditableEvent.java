package org.passerelle.base;

import java.util.List;

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

    /**
     * The details as typed facts (people, states, dates, names), in the order of the arguments of the message
     * {@code audit.details.<action>}, which renders them in the reader's language; never secrets. No facts, no
     * details shown.
     */
    default List<AuditFact> facts() {
        return List.of();
    }

    /** The details in a few English words, stored beside the facts for exports and grep; never secrets. */
    default String details() {
        return AuditFact.summary(facts());
    }
}
