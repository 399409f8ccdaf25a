package org.passerelle.contacts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passerelle.base.Sector;
import org.passerelle.base.Translations;

/**
 * The words a CSV may use for countries and sectors: the ISO code or the English or French name of a country
 * ("SN", "Senegal", "Sénégal"), the code or the English or French name of a sector ("HEALTH", "Health", "Santé").
 * Case, accents and punctuation do not matter.
 */
final class ImportVocabulary {

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, Sector> sectors = new HashMap<>();

    ImportVocabulary(Translations translations) {
        for (String code : Locale.getISOCountries()) {
            countries.put(ImportColumn.key(code), code);
            for (Locale language : Translations.LANGUAGES) {
                countries.putIfAbsent(ImportColumn.key(Locale.of("", code).getDisplayCountry(language)), code);
            }
        }
        for (Sector sector : Sector.values()) {
            sectors.put(ImportColumn.key(sector.name()), sector);
            for (Locale language : Translations.LANGUAGES) {
                sectors.putIfAbsent(
                        ImportColumn.key(translations.getTranslation(sector.messageKey(), language)), sector);
            }
        }
    }

    Optional<String> country(String word) {
        return Optional.ofNullable(countries.get(ImportColumn.key(word)));
    }

    Optional<Sector> sector(String word) {
        return Optional.ofNullable(sectors.get(ImportColumn.key(word)));
    }
}
