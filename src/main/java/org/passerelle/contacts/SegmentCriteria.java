package org.passerelle.contacts;

import org.passerelle.base.Sector;

/**
 * What a segment selects; each part {@code null} (or blank) means "any".
 *
 * @param countryCode an ISO 3166 alpha-2 country of origin
 * @param sector one of the contact's sectors
 * @param language a language the contact reads ({@code en} or {@code fr})
 */
public record SegmentCriteria(String countryCode, Sector sector, String language) {

    public static SegmentCriteria any() {
        return new SegmentCriteria(null, null, null);
    }
}
