package org.passerelle.audit;

/**
 * One audit entry in the reader's language, as the audit log view and its CSV show it: no codes, ids or ISO
 * dates.
 *
 * @param space the space's title, or empty when the entry has none
 */
public record AuditLine(
        long id, String when, String who, String what, String objectKind, String space, String details) {}
