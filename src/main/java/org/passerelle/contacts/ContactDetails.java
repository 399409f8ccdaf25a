package org.passerelle.contacts;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.Sector;

/** One contact as the list and the dialog show it. */
public record ContactDetails(
        long id,
        String name,
        String organisation,
        String countryCode,
        List<Sector> sectors,
        List<String> languages,
        String mailLanguage,
        String email,
        boolean consent,
        Instant consentAt,
        String consentSource,
        String notes) {

    public ContactForm toForm() {
        return new ContactForm(
                name,
                organisation,
                countryCode,
                sectors.isEmpty() ? java.util.EnumSet.noneOf(Sector.class) : java.util.EnumSet.copyOf(sectors),
                new java.util.LinkedHashSet<>(languages),
                mailLanguage,
                email,
                consent,
                consentSource,
                notes);
    }
}
