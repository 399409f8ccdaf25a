package org.passerelle.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Sector;

/**
 * A public profile as its owner edits it. Codes are ISO 639 (languages) and ISO 3166 alpha-2 (countries);
 * text is plain text, shown as typed.
 */
public record ProfileForm(
        Set<String> languages,
        Set<String> originCountries,
        Set<String> workCountries,
        Set<Sector> sectors,
        List<String> skills,
        String bio,
        String phone,
        String contactEmail,
        boolean inExpertPool) {

    /** The limits, checked by the service and shown in the form; they match the schema. */
    public static final int BIO_MAX = 1000;

    public static final int SKILL_MAX = 40;
    public static final int SKILLS_MAX = 20;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 254;
    /** Languages, and countries of each kind: generous, but bounded. */
    public static final int CHOICES_MAX = 20;

    /** What a person who never saved their profile has: nothing, and not in the pool. */
    public static ProfileForm empty() {
        return new ProfileForm(
                Set.of(), Set.of(), Set.of(), EnumSet.noneOf(Sector.class), List.of(), "", "", "", false);
    }
}
