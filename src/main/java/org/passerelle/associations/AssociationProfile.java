package org.passerelle.associations;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Sector;

/**
 * An association's whole profile as the reader sees it, with what the reader may do with it.
 *
 * @param myStatus the reader's membership, or {@code null} when not a member nor invited
 * @param iAmContact whether the reader is an active contact person of the association
 * @param mayEdit staff, or an active contact
 * @param mayManageMembers staff, or an active contact
 * @param mayVerify staff only
 */
public record AssociationProfile(
        long id,
        String name,
        String acronym,
        String description,
        List<String> countries,
        Residence residence,
        Set<Sector> sectors,
        String website,
        String email,
        String phone,
        boolean verified,
        Instant verifiedAt,
        String verifiedByName,
        MemberStatus myStatus,
        boolean iAmContact,
        boolean mayEdit,
        boolean mayManageMembers,
        boolean mayVerify,
        long version) {

    public AssociationForm toForm() {
        return new AssociationForm(
                name, acronym, description, Set.copyOf(countries), residence, sectors, website, email, phone);
    }
}
