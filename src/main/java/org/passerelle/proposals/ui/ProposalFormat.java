package org.passerelle.proposals.ui;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.Formats;
import org.passerelle.base.Sector;
import org.passerelle.base.Translations;

/**
 * A proposal's structured values as a person reads them in their language: countries and sectors by name, periods
 * of time; money and single dates are {@link Formats}'. No stored code reaches the page.
 */
final class ProposalFormat {

    private ProposalFormat() {}

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
        return (start == null ? "?" : Formats.date(start, locale)) + " – "
                + (end == null ? "?" : Formats.date(end, locale));
    }
}
