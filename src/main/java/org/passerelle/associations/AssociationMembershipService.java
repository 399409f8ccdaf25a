package org.passerelle.associations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.associations.AssociationEvents.AssociationContactChanged;
import org.passerelle.associations.AssociationEvents.AssociationMemberRemoved;
import org.passerelle.associations.domain.Association;
import org.passerelle.associations.domain.AssociationMembership;
import org.passerelle.associations.domain.AssociationMembershipRepository;
import org.passerelle.associations.domain.AssociationRepository;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an association: members leave or are removed, contacts name other contacts (invitations are
 * {@link AssociationInvitationService}). An association with members always keeps at least one active
 * contact. Every change locks the association row first, so two changes of one association never interleave
 * (the last two contacts cannot both step down at once).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AssociationMembershipService {

    private final AssociationRepository associations;
    private final AssociationMembershipRepository memberships;
    private final AssociationAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AssociationMembershipService(
            AssociationRepository associations,
            AssociationMembershipRepository memberships,
            AssociationAccess access,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.associations = associations;
        this.memberships = memberships;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * The active members, contacts first; those who manage the association also see pending invitations
     * and e-mail addresses.
     */
    @Transactional(readOnly = true)
    public List<AssociationMember> members(long associationId) {
        SignedInPerson me = currentUser.require();
        associations.findById(associationId).orElseThrow(AssociationNotFoundException::new);
        boolean manager = access.manages(me, associationId);
        List<AssociationMembership> found = memberships.findByAssociationIdOrderByCreatedAtAsc(associationId).stream()
                .filter(m -> manager || m.isActive())
                .toList();
        Map<Long, PersonRef> people = accounts.people(
                found.stream().map(AssociationMembership::getAccountId).toList());
        return found.stream()
                .map(m -> new AssociationMember(
                        m.getAccountId(),
                        nameOf(people, m.getAccountId()),
                        manager && people.containsKey(m.getAccountId())
                                ? people.get(m.getAccountId()).email()
                                : null,
                        m.getStatus(),
                        m.isContact(),
                        m.getCreatedAt()))
                .sorted(Comparator.comparing((AssociationMember m) -> !m.contact())
                        .thenComparing(AssociationMember::status, Comparator.reverseOrder())
                        .thenComparing(AssociationMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The signed-in person's associations and pending invitations, newest first. */
    @Transactional(readOnly = true)
    public List<MyMembership> myMemberships() {
        SignedInPerson me = currentUser.require();
        List<AssociationMembership> mine = memberships.findByAccountIdOrderByCreatedAtDesc(me.accountId());
        Map<Long, Association> byId =
                associations
                        .findAllById(mine.stream()
                                .map(AssociationMembership::getAssociationId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Association::getId, Function.identity()));
        Map<Long, PersonRef> inviters = accounts.people(mine.stream()
                .map(AssociationMembership::getInvitedBy)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return mine.stream()
                .filter(m -> byId.containsKey(m.getAssociationId()))
                .map(m -> {
                    Association a = byId.get(m.getAssociationId());
                    return new MyMembership(
                            a.getId(),
                            a.getName(),
                            a.getAcronym(),
                            a.isVerified(),
                            m.getStatus(),
                            m.isContact(),
                            m.getInvitedBy() == null ? "" : nameOf(inviters, m.getInvitedBy()),
                            m.getCreatedAt());
                })
                .toList();
    }

    /** A member leaves; the last contact cannot. */
    public void leave(long associationId) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        AssociationMembership membership = memberships
                .findByAssociationIdAndAccountId(associationId, me.accountId())
                .filter(AssociationMembership::isActive)
                .orElseThrow(() -> new UserFacingException("associations.error.not-a-member"));
        refuseIfLastContact(membership);
        memberships.delete(membership);
        events.publishEvent(new AssociationMemberRemoved(me.accountId(), associationId, me.accountId(), true));
    }

    /** A contact or staff removes a member, or withdraws a pending invitation; the last contact stays. */
    public void remove(long associationId, long accountId) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        access.requireManager(me, associationId);
        AssociationMembership membership = memberships
                .findByAssociationIdAndAccountId(associationId, accountId)
                .orElseThrow(() -> new UserFacingException("associations.error.not-a-member"));
        refuseIfLastContact(membership);
        memberships.delete(membership);
        events.publishEvent(new AssociationMemberRemoved(me.accountId(), associationId, accountId, false));
    }

    /** A contact or staff makes an active member a contact person, or no longer one (never the last). */
    public void setContact(long associationId, long accountId, boolean contact) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        access.requireManager(me, associationId);
        AssociationMembership membership = memberships
                .findByAssociationIdAndAccountId(associationId, accountId)
                .filter(AssociationMembership::isActive)
                .orElseThrow(() -> new UserFacingException("associations.error.contact-must-be-active"));
        if (membership.isContact() == contact) {
            return;
        }
        if (!contact) {
            refuseIfLastContact(membership);
        }
        membership.setContact(contact);
        events.publishEvent(new AssociationContactChanged(me.accountId(), associationId, accountId, contact));
    }

    private void lock(long associationId) {
        associations.lockById(associationId).orElseThrow(AssociationNotFoundException::new);
    }

    private void refuseIfLastContact(AssociationMembership membership) {
        if (membership.isActive()
                && membership.isContact()
                && memberships.countByAssociationIdAndStatusAndContactTrue(
                                membership.getAssociationId(), MemberStatus.ACTIVE)
                        <= 1) {
            throw new UserFacingException("associations.error.last-contact");
        }
    }

    /** A person's name, or a dash for an account that is gone. */
    static String nameOf(Map<Long, PersonRef> people, long id) {
        PersonRef person = people.get(id);
        return person == null ? "—" : person.displayName();
    }
}
