package org.passerelle.associations;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.associations.domain.Association;
import org.passerelle.associations.domain.AssociationMembership;
import org.passerelle.associations.domain.AssociationMembershipRepository;
import org.passerelle.associations.domain.AssociationRepository;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Associations' answer to the access contract: every signed-in person sees an association's profile (the
 * directory of associations); its active members contribute (start proposals); staff and its active contacts
 * manage it (profile, members). Two queries for any number of associations.
 */
@Component
@Transactional(readOnly = true)
class AssociationAccessProvider implements SubjectAccessProvider {

    private final AssociationRepository associations;
    private final AssociationMembershipRepository memberships;
    private final CurrentUser currentUser;

    AssociationAccessProvider(
            AssociationRepository associations, AssociationMembershipRepository memberships, CurrentUser currentUser) {
        this.associations = associations;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.ASSOCIATION;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        SignedInPerson me = currentUser.require();
        Map<Long, AssociationMembership> mine =
                memberships.findByAccountIdAndStatus(me.accountId(), MemberStatus.ACTIVE).stream()
                        .collect(Collectors.toMap(AssociationMembership::getAssociationId, m -> m, (a, b) -> a));
        Map<Long, Access> answer = new HashMap<>();
        for (Association association : associations.findAllById(ids)) {
            AssociationMembership membership = mine.get(association.getId());
            Set<Right> rights = EnumSet.of(Right.SEE);
            if (membership != null) {
                rights.add(Right.CONTRIBUTE);
            }
            if (me.hasRole(Role.STAFF) || (membership != null && membership.isContact())) {
                rights.add(Right.MODERATE);
                rights.add(Right.MANAGE);
            }
            answer.put(
                    association.getId(),
                    new Access(
                            SubjectRef.association(association.getId()),
                            null,
                            association.getId(),
                            membership == null ? null : membership.isContact() ? "CONTACT" : "MEMBER",
                            rights,
                            membership == null ? "associations.error.not-allowed" : null));
        }
        return answer;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids, Locale reader) {
        Map<Long, String> answer = new HashMap<>();
        for (Association association : associations.findAllById(ids)) {
            answer.put(association.getId(), association.getName());
        }
        return answer;
    }
}
