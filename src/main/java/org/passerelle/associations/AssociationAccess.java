package org.passerelle.associations;

import org.passerelle.associations.domain.AssociationMembershipRepository;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The per-object rule both services share: who manages an association (edits its profile, invites and
 * removes members, names contacts). Staff always; otherwise only its active contact people. Role checks
 * alone cannot say this, hence a check on each call, not only {@code @PreAuthorize}.
 */
@Component
class AssociationAccess {

    private final AssociationMembershipRepository memberships;

    AssociationAccess(AssociationMembershipRepository memberships) {
        this.memberships = memberships;
    }

    boolean manages(SignedInPerson person, long associationId) {
        return person.hasRole(Role.STAFF) || isActiveContact(associationId, person.accountId());
    }

    void requireManager(SignedInPerson person, long associationId) {
        if (!manages(person, associationId)) {
            throw new AccessDeniedException("Not staff nor a contact of association " + associationId);
        }
    }

    boolean isActiveContact(long associationId, long accountId) {
        return memberships
                .findByAssociationIdAndAccountId(associationId, accountId)
                .filter(m -> m.isActive() && m.isContact())
                .isPresent();
    }
}
