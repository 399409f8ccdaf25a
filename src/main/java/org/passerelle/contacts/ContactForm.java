package org.passerelle.contacts;

import java.util.Set;
import org.passerelle.base.Sector;

/**
 * A contact as typed in the dialog; checked by the service.
 *
 * @param languages the languages the contact reads, among {@code en} and {@code fr}
 * @param mailLanguage the one of them the newsletter is sent in
 * @param consentSource where the consent was given (e.g. "form at event X"); required with consent
 */
public record ContactForm(
        String name,
        String organisation,
        String countryCode,
        Set<Sector> sectors,
        Set<String> languages,
        String mailLanguage,
        String email,
        boolean consent,
        String consentSource,
        String notes) {}
