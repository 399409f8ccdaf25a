package org.passerelle.base;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Countries as ISO 3166 alpha-2 codes, named in the reader's language by the JDK. The countries of origin
 * the board works with most come first in pickers.
 */
public final class Countries {

    /** Named in the board's newsletter: Morocco, Senegal, Mali, Guinea, Burkina Faso, Benin, Niger, … */
    public static final List<String> FEATURED_ORIGINS =
            List.of("MA", "SN", "ML", "GN", "BF", "BJ", "NE", "UG", "TZ", "RW", "BI", "CD", "MZ", "PS", "MR", "AL");

    private static final Set<String> ALL = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && ALL.contains(code);
    }

    /** The country's name in the given language ("Palestinian Territories", "RD Congo"…, as the JDK names them). */
    public static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(Translations.supported(locale));
    }

    /** Every country code: the featured countries of origin first, then the others by name. */
    public static List<String> originChoices(Locale locale) {
        Collator collator = Collator.getInstance(Translations.supported(locale));
        Stream<String> others = ALL.stream()
                .filter(code -> !FEATURED_ORIGINS.contains(code))
                .sorted(Comparator.comparing((String code) -> name(code, locale), collator));
        return Stream.concat(FEATURED_ORIGINS.stream(), others).toList();
    }
}
