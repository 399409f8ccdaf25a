package org.passerelle.contacts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a contact CSV may have, found by their header in English or in French (case, accents, spaces and
 * punctuation aside: "Consent date", "consent_date" and "Date du consentement" are one column).
 */
public enum ImportColumn {
    NAME(true, "Name", "Nom", "full name", "nom complet"),
    EMAIL(true, "E-mail", "Courriel", "email", "email address", "e-mail address", "adresse e-mail", "adresse email"),
    CONSENT(true, "Consent", "Consentement", "newsletter consent", "consentement newsletter"),
    ORGANISATION(false, "Organisation", "Organisation", "organization", "association", "structure"),
    COUNTRY(false, "Country", "Pays", "country of origin", "pays d'origine"),
    SECTORS(false, "Sectors", "Secteurs", "sector", "secteur"),
    LANGUAGES(false, "Languages", "Langues", "language", "langue"),
    MAIL_LANGUAGE(false, "Preferred language", "Langue préférée", "mail language", "langue du courrier"),
    CONSENT_DATE(false, "Consent date", "Date du consentement", "date of consent", "date consentement"),
    CONSENT_SOURCE(false, "Consent source", "Source du consentement", "source of consent", "source consentement"),
    NOTES(false, "Notes", "Remarques", "note", "commentaires");

    private final boolean required;
    private final List<String> headers;

    ImportColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The English header (first) and the French one, as the message listing the expected columns shows them. */
    public String englishHeader() {
        return headers.getFirst();
    }

    public String frenchHeader() {
        return headers.get(1);
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> of(String header) {
        String key = key(header);
        for (ImportColumn column : values()) {
            if (column.headers.stream().anyMatch(h -> key(h).equals(key))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, no accents, letters and digits only. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
