package org.passerelle.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * The one place where dates, times, amounts of money and numbers become text for a person: in the reader's
 * language, as people in Belgium and Luxembourg write them (English with British conventions: day before month
 * and the 24-hour clock, like French), instants in the office's time zone. Views, e-mails and exports call these
 * rather than building their own formatters, so the same value reads the same everywhere.
 */
public final class Formats {

    private static final Locale ENGLISH = Locale.UK;

    private Formats() {}

    /** The locale whose conventions format values for a reader of this language. */
    public static Locale of(Locale locale) {
        return Translations.supported(locale).equals(Locale.FRENCH) ? Locale.FRENCH : ENGLISH;
    }

    /** "3 Dec 2026" / "3 déc. 2026". */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : format(FormatStyle.MEDIUM, null, date, locale);
    }

    /** The office's calendar day of this instant, as {@link #date(LocalDate, Locale)}. */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, TimeZones.OFFICE), locale);
    }

    /** "3 December 2026" / "3 décembre 2026", for sentences. */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : format(FormatStyle.LONG, null, date, locale);
    }

    /** "Thursday 3 December 2026" / "jeudi 3 décembre 2026". */
    public static String fullDate(LocalDate date, Locale locale) {
        return date == null ? "" : format(FormatStyle.FULL, null, date, locale);
    }

    /** "3 Dec 2026, 14:30" / "3 déc. 2026, 14:30", in the office's time zone. */
    public static String dateTime(Instant instant, Locale locale) {
        return inOffice(instant, FormatStyle.MEDIUM, FormatStyle.SHORT, locale);
    }

    /** "3 Dec 2026, 14:30:05": to the second, for records such as the audit log, in the office's time zone. */
    public static String timestamp(Instant instant, Locale locale) {
        return inOffice(instant, FormatStyle.MEDIUM, FormatStyle.MEDIUM, locale);
    }

    /** A wall-clock date and time, as {@link #dateTime(Instant, Locale)}. */
    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : format(FormatStyle.MEDIUM, FormatStyle.SHORT, dateTime, locale);
    }

    /** "Thursday 3 December 2026 at 14:30" / "jeudi 3 décembre 2026 à 14:30", in the office's time zone. */
    public static String fullDateTime(Instant instant, Locale locale) {
        return inOffice(instant, FormatStyle.FULL, FormatStyle.SHORT, locale);
    }

    /** "14:30" in both languages, in the office's time zone. */
    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : time(LocalTime.ofInstant(instant, TimeZones.OFFICE), locale);
    }

    /** "14:30". */
    public static String time(LocalTime time, Locale locale) {
        return time == null ? "" : format(null, FormatStyle.SHORT, time, locale);
    }

    /** "3 Dec 2026 – 2 Feb 2027": a period between two days, both included. */
    public static String dateRange(LocalDate from, LocalDate to, Locale locale) {
        return date(from, locale) + " \u2013 " + date(to, locale);
    }

    /**
     * "€25,000" / "25 000 €": an amount in its currency (ISO 4217 code), without decimals when the amount is whole;
     * an unknown currency code is written after the number.
     */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        Locale format = of(locale);
        NumberFormat money;
        try {
            Currency currency = Currency.getInstance(currencyCode);
            money = NumberFormat.getCurrencyInstance(format);
            money.setCurrency(currency);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return number(amount, locale) + (currencyCode == null || currencyCode.isBlank() ? "" : " " + currencyCode);
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        money.setMinimumFractionDigits(whole ? 0 : 2);
        money.setMaximumFractionDigits(whole ? 0 : 2);
        return money.format(amount);
    }

    /** "25,000" / "25 000". */
    public static String number(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(of(locale)).format(value);
    }

    /** "42 %" / "42 %": a share between 0 and 1, rounded to a whole percent. */
    public static String percent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(of(locale)).format(share);
    }

    private static String inOffice(Instant instant, FormatStyle date, FormatStyle time, Locale locale) {
        return instant == null ? "" : format(date, time, ZonedDateTime.ofInstant(instant, TimeZones.OFFICE), locale);
    }

    private static String format(FormatStyle date, FormatStyle time, TemporalAccessor value, Locale locale) {
        DateTimeFormatter formatter = date == null
                ? DateTimeFormatter.ofLocalizedTime(time)
                : time == null
                        ? DateTimeFormatter.ofLocalizedDate(date)
                        : DateTimeFormatter.ofLocalizedDateTime(date, time);
        return formatter.withLocale(of(locale)).format(value);
    }
}
