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
import org.passerelle.base.ReaderKeys;
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
class AssociationAccessProvider implements SubjectAccessProvider, ReaderKeys {

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

    /**
     * Every signed-in person sees every association; its members contribute; its contacts and staff moderate
     * and manage it (as {@link #accessTo}).
     */
    @Override
    public Map<Long, Set<String>> searchKeys(Collection<Long> ids, Right right) {
        Map<Long, Set<String>> answer = new HashMap<>();
        for (Association association : associations.findAllById(ids)) {
            long id = association.getId();
            answer.put(
                    id,
                    switch (right) {
                        case SEE -> Set.of(ReaderKeys.ANYONE);
                        case CONTRIBUTE -> Set.of(AssociationSearchKeys.member(id));
                        case MODERATE, MANAGE ->
                            Set.of(ReaderKeys.role(Role.STAFF.name()), AssociationSearchKeys.contact(id));
                        default -> Set.of();
                    });
        }
        return answer;
    }

    /** The associations the person is an active member, or contact, of. */
    @Override
    public Set<String> readerKeys() {
        SignedInPerson me = currentUser.get().orElse(null);
        if (me == null) {
            return Set.of();
        }
        Set<String> keys = new java.util.HashSet<>();
        for (AssociationMembership membership :
                memberships.findByAccountIdAndStatus(me.accountId(), MemberStatus.ACTIVE)) {
            keys.add(AssociationSearchKeys.member(membership.getAssociationId()));
            if (membership.isContact()) {
                keys.add(AssociationSearchKeys.contact(membership.getAssociationId()));
            }
        }
        return keys;
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
