package org.passerelle.associations;

import java.util.Set;
import org.passerelle.base.Sector;

/**
 * What staff or a contact enter for an association's profile. Checked by the service (see {@link
 * AssociationRules}); optional texts may be empty.
 *
 * @param countries countries of origin as ISO 3166 alpha-2 codes (see {@link org.passerelle.base.Countries})
 */
public record AssociationForm(
        String name,
        String acronym,
        String description,
        Set<String> countries,
        Residence residence,
        Set<Sector> sectors,
        String website,
        String email,
        String phone) {}
