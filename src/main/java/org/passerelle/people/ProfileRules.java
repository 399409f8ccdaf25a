package org.passerelle.people;

import static org.passerelle.people.ProfileForm.BIO_MAX;
import static org.passerelle.people.ProfileForm.CHOICES_MAX;
import static org.passerelle.people.ProfileForm.EMAIL_MAX;
import static org.passerelle.people.ProfileForm.PHONE_MAX;
import static org.passerelle.people.ProfileForm.SKILLS_MAX;
import static org.passerelle.people.ProfileForm.SKILL_MAX;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Languages;
import org.passerelle.base.Sector;

/**
 * Field rules of a public profile, checked on the server for every save. Each refusal names the field, so
 * the form can mark it. Text is kept as typed (trimmed): it is always shown as text, never as HTML.
 */
final class ProfileRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()./ -]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** A bio may have line breaks and tabs, nothing else invisible. */
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private ProfileRules() {}

    static ProfileForm clean(ProfileForm form) {
        return new ProfileForm(
                codes(
                        "languages",
                        form.languages(),
                        c -> c.toLowerCase(Locale.ROOT),
                        Languages::isValid,
                        "people.error.language-invalid"),
                codes(
                        "originCountries",
                        form.originCountries(),
                        c -> c.toUpperCase(Locale.ROOT),
                        Countries::isValid,
                        "people.error.country-invalid"),
                codes(
                        "workCountries",
                        form.workCountries(),
                        c -> c.toUpperCase(Locale.ROOT),
                        Countries::isValid,
                        "people.error.country-invalid"),
                sectors(form.sectors()),
                skills(form.skills()),
                bio(form.bio()),
                phone(form.phone()),
                email(form.contactEmail()),
                form.inExpertPool());
    }

    /** Normalised, known codes, sorted; unknown ones are refused rather than dropped, so nothing is lost quietly. */
    private static Set<String> codes(
            String field,
            Collection<String> raw,
            UnaryOperator<String> normalise,
            Predicate<String> known,
            String unknownKey) {
        Set<String> codes = new TreeSet<>();
        for (String code : raw == null ? List.<String>of() : raw) {
            String value = code == null ? "" : normalise.apply(code.strip());
            if (value.isEmpty()) {
                continue;
            }
            if (!known.test(value)) {
                throw new InvalidInputException(field, unknownKey, shorten(value));
            }
            codes.add(value);
        }
        if (codes.size() > CHOICES_MAX) {
            throw new InvalidInputException(field, "people.error.too-many", CHOICES_MAX);
        }
        return codes;
    }

    /** Enough of a refused value to recognise it in the message, not a whole page of it. */
    private static String shorten(String value) {
        return value.length() <= 20 ? value : value.substring(0, 19) + "…";
    }

    private static Set<Sector> sectors(Collection<Sector> raw) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        if (raw != null) {
            raw.stream().filter(Objects::nonNull).forEach(sectors::add);
        }
        return sectors;
    }

    /** Trimmed, without blanks, one per spelling whatever the case (the first one given is kept). */
    private static List<String> skills(List<String> raw) {
        List<String> skills = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String tag : raw == null ? List.<String>of() : raw) {
            String skill = tag == null ? "" : tag.strip();
            if (skill.isEmpty()) {
                continue;
            }
            if (skill.length() > SKILL_MAX) {
                throw new InvalidInputException("skills", "people.error.skill-too-long", shorten(skill), SKILL_MAX);
            }
            if (CONTROL.matcher(skill).find()) {
                throw new InvalidInputException("skills", "people.error.control-characters");
            }
            if (seen.add(skill.toLowerCase(Locale.ROOT))) {
                skills.add(skill);
            }
        }
        if (skills.size() > SKILLS_MAX) {
            throw new InvalidInputException("skills", "people.error.too-many-skills", SKILLS_MAX);
        }
        return List.copyOf(skills);
    }

    private static String bio(String raw) {
        String bio = raw == null ? "" : raw.strip();
        if (bio.length() > BIO_MAX) {
            throw new InvalidInputException("bio", "people.error.bio-too-long", BIO_MAX);
        }
        if (CONTROL_IN_TEXT.matcher(bio).find()) {
            throw new InvalidInputException("bio", "people.error.control-characters");
        }
        return bio;
    }

    private static String phone(String raw) {
        String phone = raw == null ? "" : raw.strip();
        if (phone.length() > PHONE_MAX) {
            throw new InvalidInputException("phone", "people.error.phone-too-long", PHONE_MAX);
        }
        if (!phone.isEmpty()
                && (!PHONE.matcher(phone).matches()
                        || phone.chars().filter(Character::isDigit).count() < 4)) {
            throw new InvalidInputException("phone", "people.error.phone-invalid");
        }
        return phone;
    }

    private static String email(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > EMAIL_MAX) {
            throw new InvalidInputException("contactEmail", "people.error.email-too-long", EMAIL_MAX);
        }
        if (!email.isEmpty()
                && (!EMAIL.matcher(email).matches() || CONTROL.matcher(email).find())) {
            throw new InvalidInputException("contactEmail", "people.error.email-invalid");
        }
        return email;
    }
}
