package org.passerelle.base;

import java.time.ZoneId;

/**
 * The country office's time zone, the one place it is named: the dates people type and read (a call's closing
 * day, a session's start, the time of a message) are Brussels dates and times; instants are stored in UTC.
 * Luxembourg shares the zone.
 */
public final class TimeZones {

    public static final ZoneId OFFICE = ZoneId.of("Europe/Brussels");

    private TimeZones() {}
}
