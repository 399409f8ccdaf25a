package org.passerelle.extraction.worker;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The detector speaks ISO 639-3 ("fra"); the rest of the application speaks ISO 639-1 ("fr"). */
final class IsoCodes {

    private static final Map<String, String> TO_ISO_639_1 = new HashMap<>();

    static {
        for (String twoLetters : Locale.getISOLanguages()) {
            try {
                TO_ISO_639_1.put(Locale.of(twoLetters).getISO3Language(), twoLetters);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known to the JDK: the detector cannot name it either
            }
        }
        // individual languages the detector names, whose two-letter code belongs to their macrolanguage
        TO_ISO_639_1.put("cmn", "zh");
        TO_ISO_639_1.put("arb", "ar");
        TO_ISO_639_1.put("pes", "fa");
        TO_ISO_639_1.put("zsm", "ms");
        TO_ISO_639_1.put("ekk", "et");
        TO_ISO_639_1.put("lvs", "lv");
        TO_ISO_639_1.put("uzn", "uz");
        TO_ISO_639_1.put("swh", "sw");
        TO_ISO_639_1.put("nob", "nb");
        TO_ISO_639_1.put("nno", "nn");
    }

    private IsoCodes() {}

    /** @return the two-letter code, the code itself if it already has two letters, or "unknown" */
    static String toIso6391(String code) {
        if (code == null || code.isBlank()) {
            return LanguageGuess.UNKNOWN;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.length() == 2) {
            return lower;
        }
        return TO_ISO_639_1.getOrDefault(lower, LanguageGuess.UNKNOWN);
    }
}
