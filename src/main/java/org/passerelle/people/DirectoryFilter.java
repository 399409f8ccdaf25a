package org.passerelle.people;

import org.passerelle.base.Sector;

/**
 * What the directory is asked for; each part may be {@code null} or blank (no filter).
 *
 * @param text words found in the name, the skills or the bio
 * @param skill one skill, matched whatever the case
 * @param language an ISO 639 code
 * @param country an ISO 3166 alpha-2 code, of origin or of work
 * @param sector a sector of expertise
 */
public record DirectoryFilter(String text, String skill, String language, String country, Sector sector) {

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null, null);
    }
}
