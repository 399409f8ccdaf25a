package org.passerelle.associations;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;

/**
 * Field rules of an association's profile, checked on the server for every change. Limits match the schema
 * and are shown in the form. Texts are stored as typed (trimmed): they are always shown as text, never as
 * HTML, so a script tag is harmless and is kept rather than silently changed.
 */
public final class AssociationRules {

    public static final int NAME_MAX = 120;
    public static final int ACRONYM_MAX = 20;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int WEBSITE_MAX = 300;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,}$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Control characters except line breaks and tabs, which a description may hold. */
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AssociationRules() {}

    static AssociationForm clean(AssociationForm form) {
        String name = text("name", form.name(), NAME_MAX, true);
        if (name == null) {
            throw new InvalidInputException("name", "associations.error.name-required");
        }
        return new AssociationForm(
                name,
                text("acronym", form.acronym(), ACRONYM_MAX, true),
                text("description", form.description(), DESCRIPTION_MAX, false),
                countries(form.countries()),
                residence(form.residence()),
                form.sectors() == null || form.sectors().isEmpty()
                        ? EnumSet.noneOf(Sector.class)
                        : EnumSet.copyOf(form.sectors()),
                website(form.website()),
                email(form.email()),
                phone(form.phone()));
    }

    /**
     * The name as compared for uniqueness: accents removed (NFD, then combining marks dropped), lower case,
     * single spaces. "Assocìation  Rwandaise" and "association rwandaise" are the same name.
     */
    static String normalizedName(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** Trimmed text or {@code null} when empty; refused when too long or holding control characters. */
    private static String text(String field, String raw, int max, boolean singleLine) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "associations.error.too-long", max);
        }
        if ((singleLine ? CONTROL : CONTROL_BUT_LINES).matcher(value).find()) {
            throw new InvalidInputException(field, "associations.error.control-characters");
        }
        return value;
    }

    private static Set<String> countries(Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInputException("countries", "associations.error.countries-required");
        }
        for (String code : codes) {
            if (!Countries.isValid(code)) {
                throw new InvalidInputException("countries", "associations.error.country-invalid");
            }
        }
        return new TreeSet<>(codes);
    }

    private static Residence residence(Residence residence) {
        if (residence == null) {
            throw new InvalidInputException("residence", "associations.error.residence-required");
        }
        return residence;
    }

    /** Only http and https addresses with a host: anything else (javascript:, data:) could run in a link. */
    private static String website(String raw) {
        String url = text("website", raw, WEBSITE_MAX, true);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException("website", "associations.error.website-invalid");
            }
        } catch (URISyntaxException malformed) {
            throw new InvalidInputException("website", "associations.error.website-invalid");
        }
        return url;
    }

    private static String email(String raw) {
        String email = text("email", raw, EMAIL_MAX, true);
        if (email == null) {
            return null;
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "associations.error.email-invalid");
        }
        return email.toLowerCase(Locale.ROOT);
    }

    private static String phone(String raw) {
        String phone = text("phone", raw, PHONE_MAX, true);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "associations.error.phone-invalid");
        }
        return phone;
    }
}
