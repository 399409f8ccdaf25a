package org.passerelle.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.passerelle.base.TimeZones;

/** When the digests are due (office time, Europe/Brussels): the run keys name the period they cover. */
class DigestRunsTest {

    private final DigestRuns runs = new DigestRuns(
            null,
            new MailProperties(null, null, null, null, null, null, 0, 0, null, null, 0, null, null, null, null),
            null);

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TimeZones.OFFICE).toInstant();
    }

    @Test
    void onAMondayNothingIsDueBeforeSevenThenTheDailyAndTheWeeklyRun() {
        assertThat(runs.due(brussels("2026-12-07T06:59"))).isEmpty();
        assertThat(runs.due(brussels("2026-12-07T07:00")))
                .containsExactly(
                        new DigestRuns.Due(MailKind.DAILY, "DAILY 2026-12-07"),
                        new DigestRuns.Due(MailKind.WEEKLY, "WEEKLY 2026-W50"));
    }

    @Test
    void laterInTheWeekTheWeeklyRunOfMondayIsStillDueSoThatAStopOnMondayMissesNothing() {
        assertThat(runs.due(brussels("2026-12-09T03:00")))
                .containsExactly(new DigestRuns.Due(MailKind.WEEKLY, "WEEKLY 2026-W50"));
        assertThat(runs.due(brussels("2026-12-13T23:59")))
                .contains(new DigestRuns.Due(MailKind.DAILY, "DAILY 2026-12-13"))
                .contains(new DigestRuns.Due(MailKind.WEEKLY, "WEEKLY 2026-W50"));
    }

    @Test
    void officeTimeNotUtcDecidesTheDay() {
        // 06:30 UTC in winter is 07:30 in Brussels
        assertThat(runs.due(Instant.parse("2026-12-08T06:30:00Z")))
                .contains(new DigestRuns.Due(MailKind.DAILY, "DAILY 2026-12-08"));
        // 23:30 UTC on the 8th is already the 9th in Brussels, before 07:00
        assertThat(runs.due(Instant.parse("2026-12-08T23:30:00Z")))
                .doesNotContain(new DigestRuns.Due(MailKind.DAILY, "DAILY 2026-12-08"))
                .doesNotContain(new DigestRuns.Due(MailKind.DAILY, "DAILY 2026-12-09"));
    }
}
