package org.passerelle.audit;

import java.time.LocalDate;

/**
 * What the audit log view asks for; every part optional ({@code null}: any).
 *
 * @param actorId who did it
 * @param action what was done, its code (e.g. {@code space.created})
 * @param objectType the kind of object concerned (one of {@link AuditQueries#OBJECT_KINDS})
 * @param spaceId the space it happened in
 * @param from the first day included, in Brussels time
 * @param to the last day included, in Brussels time
 */
public record AuditFilter(Long actorId, String action, String objectType, Long spaceId, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter withSpace(Long space) {
        return new AuditFilter(actorId, action, objectType, space, from, to);
    }
}
