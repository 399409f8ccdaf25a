package org.passerelle.proposals.ui;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.TimeZones;
import org.passerelle.base.Translations;

/**
 * A proposal's structured values as a person reads them in their language: countries and sectors by name, money
 * with its currency's symbol and the language's grouping, dates in Brussels. No stored code reaches the page.
 */
final class ProposalFormat {

    private ProposalFormat() {}

    /** "€25,000" / "25 000 €": whole amounts without decimals, others with two. */
    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        Locale language = Translations.supported(locale);
        NumberFormat format = NumberFormat.getCurrencyInstance(language);
        try {
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException notIso) {
            format = NumberFormat.getNumberInstance(language); // a code the JDK does not know: shown as written
            return format.format(amount) + (currencyCode == null ? "" : " " + currencyCode);
        }
        int decimals = amount.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }

    /** "Dec 3, 2026" / "3 déc. 2026"; empty for no date. */
    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dates(locale).format(date);
    }

    /** The Brussels day of an instant, as {@link #date(LocalDate, Locale)}. */
    static String date(Instant instant, Locale locale) {
        return dates(locale).withZone(TimeZones.OFFICE).format(instant);
    }

    /** "Rwanda — Nyamagabe"; empty when neither is given. */
    static String place(String country, String region, Locale locale) {
        String name = country == null || country.isBlank() ? "" : Countries.name(country, locale);
        String area = region == null ? "" : region.strip();
        if (name.isEmpty() || area.isEmpty()) {
            return name + area;
        }
        return name + " — " + area;
    }

    /** The sectors' names, in the reader's alphabetical order. */
    static String sectors(Set<Sector> sectors, Function<String, String> translation, Locale locale) {
        if (sectors == null) {
            return "";
        }
        Collator collator = Collator.getInstance(Translations.supported(locale));
        return sectors.stream()
                .map(sector -> translation.apply(sector.messageKey()))
                .sorted(Comparator.comparing(name -> name, collator))
                .collect(Collectors.joining(", "));
    }

    /** "1 Feb 2027 – 1 Feb 2028", with an open end as a question mark; empty when no date is given. */
    static String period(LocalDate start, LocalDate end, Locale locale) {
        if (start == null && end == null) {
            return "";
        }
        return (start == null ? "?" : date(start, locale)) + " – " + (end == null ? "?" : date(end, locale));
    }

    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Translations.supported(locale));
    }
}
