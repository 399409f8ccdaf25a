package org.passerelle.associations;

import static org.passerelle.associations.AssociationMembershipService.nameOf;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.associations.AssociationEvents.AssociationInvitationDeclined;
import org.passerelle.associations.AssociationEvents.AssociationMemberInvited;
import org.passerelle.associations.AssociationEvents.AssociationMemberJoined;
import org.passerelle.associations.domain.AssociationMembership;
import org.passerelle.associations.domain.AssociationMembershipRepository;
import org.passerelle.associations.domain.AssociationRepository;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join an association: contacts and staff invite existing accounts by e-mail, members and
 * managers see who has not answered yet and send an invitation again, the invitee accepts or declines. Like
 * every change of membership (see {@link AssociationMembershipService}), each locks the association row first.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AssociationInvitationService {

    private final AssociationRepository associations;
    private final AssociationMembershipRepository memberships;
    private final AssociationAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssociationInvitationService(
            AssociationRepository associations,
            AssociationMembershipRepository memberships,
            AssociationAccess access,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.associations = associations;
        this.memberships = memberships;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A contact or staff invites the holder of an existing, active account; the invitee answers in "My
     * associations". Returns the invitee's name.
     */
    public String invite(long associationId, String email) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        access.requireManager(me, associationId);
        if (email == null || email.isBlank()) {
            throw new InvalidInputException("email", "associations.error.invite-email-required");
        }
        // a disabled account could never accept: it counts as no account
        PersonRef invitee = accounts.findByEmail(email)
                .filter(PersonRef::enabled)
                .orElseThrow(() -> new InvalidInputException("email", "associations.error.no-account"));
        memberships.findByAssociationIdAndAccountId(associationId, invitee.id()).ifPresent(existing -> {
            throw new InvalidInputException(
                    "email",
                    existing.isActive() ? "associations.error.already-member" : "associations.error.already-invited",
                    invitee.displayName());
        });
        try {
            memberships.saveAndFlush(new AssociationMembership(
                    associationId, invitee.id(), MemberStatus.INVITED, false, me.accountId(), clock.instant()));
        } catch (DataIntegrityViolationException invitedMeanwhile) {
            throw new InvalidInputException("email", "associations.error.already-invited", invitee.displayName());
        }
        events.publishEvent(new AssociationMemberInvited(me.accountId(), associationId, invitee.id()));
        return invitee.displayName();
    }

    /**
     * The people invited to the association who have not answered yet (names only, no e-mail address), for its
     * active members and those who manage it: a co-author learns why a colleague cannot be added yet.
     */
    @Transactional(readOnly = true)
    public List<AssociationMember> pendingInvitations(long associationId) {
        SignedInPerson me = currentUser.require();
        associations.findById(associationId).orElseThrow(AssociationNotFoundException::new);
        requireMemberOrManager(me, associationId);
        List<AssociationMembership> pending = memberships.findByAssociationIdOrderByCreatedAtAsc(associationId).stream()
                .filter(m -> !m.isActive())
                .toList();
        Map<Long, PersonRef> people = accounts.people(
                pending.stream().map(AssociationMembership::getAccountId).toList());
        return pending.stream()
                .map(m -> new AssociationMember(
                        m.getAccountId(),
                        nameOf(people, m.getAccountId()),
                        null,
                        m.getStatus(),
                        false,
                        m.getCreatedAt()))
                .toList();
    }

    /**
     * Sends a pending invitation again: the invitee is told once more, through the same notification as the first
     * time. Any active member may, as well as those who manage the association. Returns the invitee's name.
     */
    public String resendInvitation(long associationId, long accountId) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        requireMemberOrManager(me, associationId);
        AssociationMembership invitation = memberships
                .findByAssociationIdAndAccountId(associationId, accountId)
                .filter(m -> !m.isActive())
                .orElseThrow(() -> new UserFacingException("associations.error.invitation-gone"));
        events.publishEvent(new AssociationMemberInvited(me.accountId(), associationId, invitation.getAccountId()));
        return nameOf(accounts.people(List.of(accountId)), accountId);
    }

    private void requireMemberOrManager(SignedInPerson me, long associationId) {
        boolean member = memberships
                .findByAssociationIdAndAccountId(associationId, me.accountId())
                .filter(AssociationMembership::isActive)
                .isPresent();
        if (!member) {
            access.requireManager(me, associationId);
        }
    }

    /** The invitee accepts their own pending invitation. */
    public void accept(long associationId) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        AssociationMembership invitation = pendingInvitationOf(me, associationId);
        invitation.activate();
        events.publishEvent(new AssociationMemberJoined(me.accountId(), associationId, me.accountId()));
    }

    /** The invitee declines; the invitation is gone and the person may be invited again later. */
    public void decline(long associationId) {
        SignedInPerson me = currentUser.require();
        lock(associationId);
        memberships.delete(pendingInvitationOf(me, associationId));
        events.publishEvent(new AssociationInvitationDeclined(me.accountId(), associationId, me.accountId()));
    }

    private void lock(long associationId) {
        associations.lockById(associationId).orElseThrow(AssociationNotFoundException::new);
    }

    private AssociationMembership pendingInvitationOf(SignedInPerson me, long associationId) {
        return memberships
                .findByAssociationIdAndAccountId(associationId, me.accountId())
                .filter(m -> m.getStatus() == MemberStatus.INVITED)
                .orElseThrow(() -> new UserFacingException("associations.error.invitation-gone"));
    }
}
