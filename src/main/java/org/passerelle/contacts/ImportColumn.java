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
    NAME(true, "name", "nom", "full name", "nom complet"),
    EMAIL(true, "email", "courriel", "e-mail", "email address", "e-mail address", "adresse e-mail", "adresse email"),
    CONSENT(true, "consent", "consentement", "newsletter consent", "consentement newsletter"),
    ORGANISATION(false, "organisation", "organisation", "organization", "association", "structure"),
    COUNTRY(false, "country", "pays", "country of origin", "pays d'origine"),
    SECTORS(false, "sectors", "secteurs", "sector", "secteur"),
    LANGUAGES(false, "languages", "langues", "language", "langue"),
    MAIL_LANGUAGE(false, "preferred language", "langue préférée", "mail language", "langue du courrier"),
    CONSENT_DATE(false, "consent date", "date du consentement", "date of consent", "date consentement"),
    CONSENT_SOURCE(false, "consent source", "source du consentement", "source of consent", "source consentement"),
    NOTES(false, "notes", "remarques", "note", "commentaires");

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
