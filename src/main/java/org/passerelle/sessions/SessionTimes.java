package org.passerelle.sessions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.passerelle.base.TimeZones;

/** Sessions happen in Brussels: times are entered and shown there, and stored as instants. */
public final class SessionTimes {

    private SessionTimes() {}

    /** The instant of a Brussels wall-clock time (a time in the spring gap moves forward by the gap). */
    public static Instant instant(LocalDateTime brussels) {
        return brussels.atZone(TimeZones.OFFICE).toInstant();
    }

    public static ZonedDateTime inBrussels(Instant instant) {
        return instant.atZone(TimeZones.OFFICE);
    }

    public static LocalDateTime local(Instant instant) {
        return inBrussels(instant).toLocalDateTime();
    }
}
