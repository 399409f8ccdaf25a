package org.passerelle.sessions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Sessions happen in Brussels: times are entered and shown there, and stored as instants. */
public final class SessionTimes {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private SessionTimes() {}

    /** The instant of a Brussels wall-clock time (a time in the spring gap moves forward by the gap). */
    public static Instant instant(LocalDateTime brussels) {
        return brussels.atZone(BRUSSELS).toInstant();
    }

    public static ZonedDateTime inBrussels(Instant instant) {
        return instant.atZone(BRUSSELS);
    }

    public static LocalDateTime local(Instant instant) {
        return inBrussels(instant).toLocalDateTime();
    }
}
