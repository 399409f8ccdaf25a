package org.passerelle.contacts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;

/** The rules a contact's fields obey, for the dialog and the CSV import alike. */
final class ContactRules {

    static final int NAME_MAX = 200;
    static final int ORGANISATION_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int SOURCE_MAX = 200;
    static final int NOTES_MAX = 2000;
    static final int SEGMENT_NAME_MAX = 100;
    static final int TEXT_MAX = 100;

    /** The languages the newsletter is written in. */
    static final List<String> LANGUAGES = List.of("en", "fr");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ContactRules() {}

    /** The form, checked and cleaned (trimmed, blanks as {@code null}, the country in upper case). */
    static ContactForm check(ContactForm form) {
        if (form == null) {
            throw new InvalidInputException("name", "contacts.error.name-required");
        }
        String name = text(form.name(), "name", NAME_MAX);
        if (name == null) {
            throw new InvalidInputException("name", "contacts.error.name-required");
        }
        String organisation = text(form.organisation(), "organisation", ORGANISATION_MAX);
        String country = country(form.countryCode());
        Set<String> languages = languages(form.languages());
        String mailLanguage = blank(form.mailLanguage()) ? languages.iterator().next() : lower(form.mailLanguage());
        if (!languages.contains(mailLanguage)) {
            throw new InvalidInputException("mailLanguage", "contacts.error.mail-language");
        }
        String email = email(form.email());
        String source = text(form.consentSource(), "consentSource", SOURCE_MAX);
        if (form.consent() && source == null) {
            throw new InvalidInputException("consentSource", "contacts.error.source-required");
        }
        String notes = text(form.notes(), "notes", NOTES_MAX);
        Set<Sector> sectors = form.sectors() == null || form.sectors().isEmpty()
                ? EnumSet.noneOf(Sector.class)
                : EnumSet.copyOf(form.sectors());
        return new ContactForm(
                name, organisation, country, sectors, languages, mailLanguage, email, form.consent(), source, notes);
    }

    static String email(String raw) {
        String email = raw == null ? "" : raw.strip();
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "contacts.error.email-required");
        }
        if (email.length() > EMAIL_MAX
                || !EMAIL.matcher(email).matches()
                || CONTROL.matcher(email).find()) {
            throw new InvalidInputException("email", "contacts.error.email-invalid");
        }
        return email;
    }

    static String country(String raw) {
        if (blank(raw)) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isValid(code)) {
            throw new InvalidInputException("countryCode", "contacts.error.country-unknown");
        }
        return code;
    }

    static Set<String> languages(Collection<String> raw) {
        Set<String> languages = new LinkedHashSet<>();
        if (raw != null) {
            for (String code : raw) {
                if (blank(code)) {
                    continue;
                }
                String language = lower(code);
                if (!LANGUAGES.contains(language)) {
                    throw new InvalidInputException("languages", "contacts.error.language-unknown");
                }
                languages.add(language);
            }
        }
        if (languages.isEmpty()) {
            throw new InvalidInputException("languages", "contacts.error.language-required");
        }
        return languages;
    }

    /** A segment's or filter's language: {@code null} for any, else en or fr. */
    static String language(String raw) {
        if (blank(raw)) {
            return null;
        }
        String language = lower(raw);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "contacts.error.language-unknown");
        }
        return language;
    }

    /** Trimmed text, {@code null} when blank; refused beyond {@code max} characters or with control characters. */
    static String text(String raw, String field, int max) {
        if (blank(raw)) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "contacts.error.too-long", max);
        }
        if (CONTROL.matcher(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '))
                .find()) {
            throw new InvalidInputException(field, "contacts.error.control-characters");
        }
        return text;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
