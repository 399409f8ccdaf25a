package org.passerelle.base;

import java.util.Locale;

/**
 * A text kept in English and French where either may be empty: the reader's language is shown when it
 * exists, otherwise the other one, marked with its language so the reader knows why.
 *
 * @param text what to show
 * @param language the language of {@code text} ("en" or "fr"), or empty when there is no text at all
 * @param fallback whether {@code text} is in the other language than the reader's
 */
public record Bilingual(String text, String language, boolean fallback) {

    public static Bilingual pick(String english, String french, Locale reader) {
        boolean readerFrench = "fr".equals(Translations.supported(reader).getLanguage());
        String wanted = readerFrench ? french : english;
        String other = readerFrench ? english : french;
        if (wanted != null && !wanted.isBlank()) {
            return new Bilingual(wanted, readerFrench ? "fr" : "en", false);
        }
        if (other != null && !other.isBlank()) {
            return new Bilingual(other, readerFrench ? "en" : "fr", true);
        }
        return new Bilingual("", "", false);
    }
}
