package org.passerelle.contacts;

import org.passerelle.base.Sector;

/**
 * What the contact list is filtered by; each part {@code null} or blank means "any".
 *
 * @param text words in the name, the organisation or the e-mail address
 * @param consent {@code true}: consenting only, {@code false}: not consenting only
 */
public record ContactFilter(String text, String countryCode, Sector sector, String language, Boolean consent) {

    public static ContactFilter none() {
        return new ContactFilter(null, null, null, null, null);
    }

    /** The consenting contacts of a segment. */
    public static ContactFilter consenting(SegmentCriteria criteria) {
        SegmentCriteria c = criteria == null ? SegmentCriteria.any() : criteria;
        return new ContactFilter(null, c.countryCode(), c.sector(), c.language(), true);
    }
}
