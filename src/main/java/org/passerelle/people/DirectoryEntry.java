package org.passerelle.people;

import java.util.List;
import org.passerelle.base.Sector;

/**
 * One person of the expert and speaker pool as signed-in members see them. {@code email} is the public
 * contact address, or the account's when none is given; {@code phone} may be empty.
 */
public record DirectoryEntry(
        long accountId,
        String displayName,
        List<String> languages,
        List<String> originCountries,
        List<String> workCountries,
        List<Sector> sectors,
        List<String> skills,
        String bio,
        String email,
        String phone) {}
