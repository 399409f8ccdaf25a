package org.passerelle.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One event as an iCalendar file (RFC 5545) that calendar applications import: times in UTC, text escaped,
 * lines folded at 75 octets (never inside a character), CRLF line ends. Machine text, not for reading.
 */
final class CalendarFile {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    private CalendarFile() {}

    /**
     * @param location where the session is, or {@code null}
     * @param link the online link, or {@code null}
     */
    static String event(
            String uid,
            Instant stamp,
            Instant start,
            Instant end,
            String summary,
            String description,
            String location,
            String link,
            boolean cancelled) {
        CalendarFile file = new CalendarFile();
        file.line("BEGIN:VCALENDAR");
        file.line("VERSION:2.0");
        file.line("PRODID:-//Passerelle//Sessions//EN");
        file.line("CALSCALE:GREGORIAN");
        file.line("METHOD:PUBLISH");
        file.line("BEGIN:VEVENT");
        file.line("UID:" + escape(uid));
        file.line("DTSTAMP:" + UTC.format(stamp));
        file.line("DTSTART:" + UTC.format(start));
        file.line("DTEND:" + UTC.format(end));
        file.line("SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            file.line("DESCRIPTION:" + escape(description));
        }
        if (location != null && !location.isBlank()) {
            file.line("LOCATION:" + escape(location));
        }
        if (link != null && !link.isBlank()) {
            file.line("URL:" + link.replaceAll("[\\r\\n]", ""));
        }
        file.line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        file.line("END:VEVENT");
        file.line("END:VCALENDAR");
        return file.out.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, every line break as {@code \n}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** A content line, folded: at most 75 octets a line, continuation lines start with one space. */
    private void line(String content) {
        out.append(fold(content));
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }
}
