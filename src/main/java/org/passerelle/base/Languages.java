package org.passerelle.base;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Spoken languages as ISO 639 codes, named by the JDK in the reader's language; common ones first. */
public final class Languages {

    /** Languages most spoken in the workspace: the two UI languages, Dutch, German, Arabic, Kinyarwanda… */
    public static final List<String> FEATURED =
            List.of("en", "fr", "nl", "de", "ar", "pt", "es", "rw", "rn", "sw", "ln", "wo", "bm", "ff", "sq", "ber");

    private static final Set<String> ALL =
            Set.copyOf(Stream.concat(Stream.of(Locale.getISOLanguages()), FEATURED.stream())
                    .toList());

    private Languages() {}

    public static boolean isValid(String code) {
        return code != null && ALL.contains(code);
    }

    public static String name(String code, Locale locale) {
        String name = Locale.of(code).getDisplayLanguage(Translations.supported(locale));
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static List<String> choices(Locale locale) {
        Collator collator = Collator.getInstance(Translations.supported(locale));
        Stream<String> others = ALL.stream()
                .filter(code -> !FEATURED.contains(code))
                .sorted(Comparator.comparing((String code) -> name(code, locale), collator));
        return Stream.concat(FEATURED.stream(), others).toList();
    }
}
