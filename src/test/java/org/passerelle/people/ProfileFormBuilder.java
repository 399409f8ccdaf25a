package org.passerelle.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Sector;

/** Builds profile forms for tests: everything empty and out of the pool unless set. */
public final class ProfileFormBuilder {

    private Set<String> languages = Set.of();
    private Set<String> originCountries = Set.of();
    private Set<String> workCountries = Set.of();
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    private List<String> skills = List.of();
    private String bio = "";
    private String phone = "";
    private String contactEmail = "";
    private boolean inPool;

    public static ProfileFormBuilder profile() {
        return new ProfileFormBuilder();
    }

    public ProfileFormBuilder languages(String... codes) {
        languages = Set.of(codes);
        return this;
    }

    public ProfileFormBuilder origin(String... codes) {
        originCountries = Set.of(codes);
        return this;
    }

    public ProfileFormBuilder work(String... codes) {
        workCountries = Set.of(codes);
        return this;
    }

    public ProfileFormBuilder sectors(Sector first, Sector... others) {
        sectors = EnumSet.of(first, others);
        return this;
    }

    public ProfileFormBuilder skills(String... tags) {
        skills = List.of(tags);
        return this;
    }

    public ProfileFormBuilder skills(List<String> tags) {
        skills = List.copyOf(tags);
        return this;
    }

    public ProfileFormBuilder bio(String text) {
        bio = text;
        return this;
    }

    public ProfileFormBuilder phone(String number) {
        phone = number;
        return this;
    }

    public ProfileFormBuilder contactEmail(String address) {
        contactEmail = address;
        return this;
    }

    public ProfileFormBuilder inPool(boolean listed) {
        inPool = listed;
        return this;
    }

    public ProfileForm build() {
        return new ProfileForm(
                languages, originCountries, workCountries, sectors, skills, bio, phone, contactEmail, inPool);
    }
}
