package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;
    // 14:30 in Brussels (winter time, UTC+1)
    private static final Instant AFTERNOON = Instant.parse("2026-12-03T13:30:00Z");

    @Test
    void datesAreWrittenDayFirstInBothLanguages() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(Formats.date(day, EN)).isEqualTo("3 Dec 2026");
        assertThat(Formats.date(day, FR)).isEqualTo("3 déc. 2026");
        assertThat(Formats.longDate(day, FR)).isEqualTo("3 décembre 2026");
        assertThat(Formats.fullDate(day, EN)).isEqualTo("Thursday, 3 December 2026");
        assertThat(Formats.dateRange(day, LocalDate.of(2027, 2, 2), EN)).isEqualTo("3 Dec 2026 – 2 Feb 2027");
    }

    @Test
    void timesUseTheTwentyFourHourClockInBrusselsTimeInBothLanguages() {
        assertThat(Formats.time(AFTERNOON, EN)).isEqualTo("14:30");
        assertThat(Formats.time(AFTERNOON, FR)).isEqualTo("14:30");
        assertThat(Formats.dateTime(AFTERNOON, EN))
                .contains("3 Dec 2026")
                .contains("14:30")
                .doesNotContain("PM");
        assertThat(Formats.dateTime(AFTERNOON, FR)).contains("3 déc. 2026").contains("14:30");
        assertThat(Formats.fullDateTime(AFTERNOON, FR))
                .startsWith("jeudi 3 décembre 2026")
                .contains("14:30");
        // the office's day, not UTC's: 23:30 UTC on 3 December is already 4 December in Brussels
        assertThat(Formats.date(Instant.parse("2026-12-03T23:30:00Z"), EN)).isEqualTo("4 Dec 2026");
    }

    @Test
    void moneyIsWrittenWithItsSymbolAndGroupingAndDecimalsOnlyWhenNeeded() {
        assertThat(Formats.money(new BigDecimal("25000"), "EUR", EN)).isEqualTo("€25,000");
        assertThat(Formats.money(new BigDecimal("25000.00"), "EUR", FR)).isEqualTo("25\u202f000\u00a0€");
        assertThat(Formats.money(new BigDecimal("1234.5"), "EUR", EN)).isEqualTo("€1,234.50");
        assertThat(Formats.money(new BigDecimal("10"), "XYZ", EN)).isEqualTo("10 XYZ");
        assertThat(Formats.money(null, "EUR", EN)).isEmpty();
        assertThat(Formats.number(25000, FR)).isEqualTo("25\u202f000");
    }

    @Test
    void missingValuesAreBlankNotAnError() {
        assertThat(Formats.date((LocalDate) null, EN)).isEmpty();
        assertThat(Formats.dateTime((Instant) null, FR)).isEmpty();
        assertThat(Formats.time((Instant) null, FR)).isEmpty();
    }
}
