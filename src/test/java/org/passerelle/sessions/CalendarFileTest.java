package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The calendar file of a session, against RFC 5545: times in UTC, text escaped, lines folded, CRLF. */
class CalendarFileTest {

    static final Instant STAMP = Instant.parse("2027-05-01T08:00:00Z");
    static final Instant START = Instant.parse("2027-05-03T12:00:00Z"); // 14:00 in Brussels (summer)
    static final Instant END = Instant.parse("2027-05-03T14:30:00Z");

    String file(String summary, String description, String location, String link, boolean cancelled) {
        return CalendarFile.event(
                "session-7@passerelle", STAMP, START, END, summary, description, location, link, cancelled);
    }

    @Test
    void oneEventWithItsTimesInUtcAndCrlfLineEnds() {
        String ics = file("Health day", null, "Rue Montoyer 40", "https://meet.example.org/x", false);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains(
                        "\r\nBEGIN:VEVENT\r\n",
                        "\r\nUID:session-7@passerelle\r\n",
                        "\r\nDTSTAMP:20270501T080000Z\r\n",
                        "\r\nDTSTART:20270503T120000Z\r\n",
                        "\r\nDTEND:20270503T143000Z\r\n",
                        "\r\nSUMMARY:Health day\r\n",
                        "\r\nLOCATION:Rue Montoyer 40\r\n",
                        "\r\nURL:https://meet.example.org/x\r\n",
                        "\r\nSTATUS:CONFIRMED\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
                .doesNotContain("DESCRIPTION");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n"); // no bare line ends
        assertThat(file("Health day", null, null, null, true)).contains("\r\nSTATUS:CANCELLED\r\n");
    }

    @Test
    void textIsEscaped() {
        assertThat(CalendarFile.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        String ics = file("Budget; plan, and more", "Line one\nLine two", "Room 2, floor 1", null, false);
        assertThat(ics)
                .contains("\r\nSUMMARY:Budget\\; plan\\, and more\r\n")
                .contains("\r\nDESCRIPTION:Line one\\nLine two\r\n")
                .contains("\r\nLOCATION:Room 2\\, floor 1\r\n");
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
        String title =
                "Journée de co-création : santé, éducation et énergie solaire au Rwanda et au Burundi ".repeat(3);
        String ics = file(title, null, null, null, false);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + CalendarFile.escape(title) + "\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")))
                .isNotEmpty();
        // a folded line starts with a single space then the next character, whole
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(ics);
        assertThat(CalendarFile.fold("é".repeat(40)).split("\r\n")[0].getBytes(StandardCharsets.UTF_8))
                .hasSize(74); // 37 two-octet characters fit, the 38th would pass 75
    }
}
