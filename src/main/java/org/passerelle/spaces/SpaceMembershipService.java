package org.passerelle.spaces;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceEvents.InvitationAnswered;
import org.passerelle.spaces.SpaceEvents.MemberInvited;
import org.passerelle.spaces.SpaceEvents.MemberJoined;
import org.passerelle.spaces.SpaceEvents.MemberRemoved;
import org.passerelle.spaces.SpaceEvents.MemberRoleChanged;
import org.passerelle.spaces.domain.Space;
import org.passerelle.spaces.domain.SpaceInvitation;
import org.passerelle.spaces.domain.SpaceInvitationRepository;
import org.passerelle.spaces.domain.SpaceMember;
import org.passerelle.spaces.domain.SpaceMemberPages;
import org.passerelle.spaces.domain.SpaceMemberRepository;
import org.passerelle.spaces.domain.SpaceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a space: joining open spaces, invitations (answered by the invitee), roles, leaving and
 * removal. Every change locks the space row first, so two changes of one space never interleave (the
 * last facilitator cannot be removed twice over).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SpaceMembershipService {

    static final int MAX_PAGE = 200;

    private final SpaceRepository spaces;
    private final SpaceMemberRepository members;
    private final SpaceInvitationRepository invitations;
    private final SpaceAccess access;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SpaceMemberPages pages;

    SpaceMembershipService(
            SpaceMemberPages pages,
            SpaceRepository spaces,
            SpaceMemberRepository members,
            SpaceInvitationRepository invitations,
            SpaceAccess access,
            CurrentUser currentUser,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pages = pages;
        this.spaces = spaces;
        this.members = members;
        this.invitations = invitations;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** One click into an open space, as a participant. */
    public void join(long spaceId) {
        SignedInPerson me = currentUser.require();
        Space space = lock(spaceId);
        access.check(me, space, SpaceAction.JOIN);
        members.saveAndFlush(new SpaceMember(spaceId, me.accountId(), SpaceRole.PARTICIPANT, clock.instant()));
        events.publishEvent(new MemberJoined(me.accountId(), spaceId, me.accountId(), SpaceRole.PARTICIPANT));
    }

    /** A member leaves; the last facilitator cannot. */
    public void leave(long spaceId) {
        SignedInPerson me = currentUser.require();
        Space space = lock(spaceId);
        access.check(me, space, SpaceAction.SEE);
        SpaceMember member = members.findBySpaceIdAndAccountId(spaceId, me.accountId())
                .orElseThrow(() -> new UserFacingException("spaces.error.not-a-member"));
        refuseIfLastFacilitator(member);
        members.delete(member);
        events.publishEvent(new MemberRemoved(me.accountId(), spaceId, me.accountId(), true));
    }

    /** The members of the space, with their role. For notifications, which then ask the access contract as each person: ids only, no access check. */
    @PreAuthorize("permitAll()") // asked with no one signed in, see above
    @Transactional(readOnly = true)
    public java.util.Map<Long, SpaceRole> memberRoles(long spaceId) {
        java.util.Map<Long, SpaceRole> roles = new java.util.LinkedHashMap<>();
        members.findBySpaceIdOrderByJoinedAtAsc(spaceId).forEach(m -> roles.put(m.getAccountId(), m.getRole()));
        return roles;
    }

    /** The members of a space the person may see, with their names. */
    @Transactional(readOnly = true)
    public List<SpaceMembership> members(long spaceId) {
        access.require(spaceId, SpaceAction.SEE);
        return withNames(members.findBySpaceIdOrderByJoinedAtAsc(spaceId));
    }

    /**
     * A page of the members of a space the person may see, in the order they joined (at most {@value #MAX_PAGE}):
     * the space page's list reads what is on screen, not a space's hundreds of members for each open page.
     */
    @Transactional(readOnly = true)
    public List<SpaceMembership> members(long spaceId, int offset, int limit) {
        access.require(spaceId, SpaceAction.SEE);
        if (offset < 0 || limit < 1) {
            return List.of();
        }
        return withNames(pages.page(spaceId, offset, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public int memberCount(long spaceId) {
        access.require(spaceId, SpaceAction.SEE);
        return (int) pages.count(spaceId);
    }

    private List<SpaceMembership> withNames(List<SpaceMember> found) {
        Map<Long, PersonRef> people =
                accounts.people(found.stream().map(SpaceMember::getAccountId).toList());
        return found.stream()
                .map(m -> new SpaceMembership(
                        m.getAccountId(), nameOf(people, m.getAccountId()), m.getRole(), m.getJoinedAt()))
                .toList();
    }

    /** Staff invite an existing account; the invitee accepts or declines in "My spaces". */
    @PreAuthorize("hasRole('STAFF')")
    public void invite(long spaceId, long accountId, SpaceRole role) {
        SignedInPerson me = currentUser.require();
        Space space = lock(spaceId);
        access.check(me, space, SpaceAction.MANAGE);
        refuseIfArchived(space);
        PersonRef invitee = accounts.people(List.of(accountId)).get(accountId);
        if (invitee == null || !invitee.enabled()) {
            throw new UserFacingException("spaces.error.no-such-person");
        }
        requireRoleFits(invitee, role);
        if (members.findBySpaceIdAndAccountId(spaceId, accountId).isPresent()) {
            throw new UserFacingException("spaces.error.already-member", invitee.displayName());
        }
        if (invitations
                .findBySpaceIdAndAccountIdAndStatus(spaceId, accountId, SpaceInvitation.Status.PENDING)
                .isPresent()) {
            throw new UserFacingException("spaces.error.already-invited", invitee.displayName());
        }
        invitations.save(new SpaceInvitation(spaceId, accountId, role, me.accountId(), clock.instant()));
        events.publishEvent(new MemberInvited(me.accountId(), spaceId, accountId, role));
    }

    /** The signed-in person's pending invitations. */
    @Transactional(readOnly = true)
    public List<SpaceInvite> myInvitations() {
        SignedInPerson me = currentUser.require();
        return describe(invitations.findByAccountIdAndStatusOrderByCreatedAtDesc(
                me.accountId(), SpaceInvitation.Status.PENDING));
    }

    /** The pending invitations of a space (staff). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<SpaceInvite> pendingInvitations(long spaceId) {
        access.require(spaceId, SpaceAction.MANAGE);
        return describe(
                invitations.findBySpaceIdAndStatusOrderByCreatedAtDesc(spaceId, SpaceInvitation.Status.PENDING));
    }

    /** The invitee answers; only their own pending invitation, only while the space is not archived. */
    public void answer(long invitationId, boolean accept) {
        SignedInPerson me = currentUser.require();
        SpaceInvitation invitation = invitations
                .findById(invitationId)
                .filter(i -> i.getAccountId() == me.accountId())
                .filter(i -> i.getStatus() == SpaceInvitation.Status.PENDING)
                .orElseThrow(() -> new UserFacingException("spaces.error.invitation-gone"));
        Space space = lock(invitation.getSpaceId());
        if (accept) {
            refuseIfArchived(space);
            if (members.findBySpaceIdAndAccountId(space.getId(), me.accountId()).isEmpty()) {
                members.saveAndFlush(
                        new SpaceMember(space.getId(), me.accountId(), invitation.getRole(), clock.instant()));
            }
        }
        invitation.answer(accept ? SpaceInvitation.Status.ACCEPTED : SpaceInvitation.Status.DECLINED, clock.instant());
        events.publishEvent(new InvitationAnswered(me.accountId(), space.getId(), accept));
    }

    /** Staff change a member's role; the last facilitator keeps theirs. */
    @PreAuthorize("hasRole('STAFF')")
    public void changeRole(long spaceId, long accountId, SpaceRole role) {
        SignedInPerson me = currentUser.require();
        Space space = lock(spaceId);
        access.check(me, space, SpaceAction.MANAGE);
        refuseIfArchived(space);
        SpaceMember member = members.findBySpaceIdAndAccountId(spaceId, accountId)
                .orElseThrow(() -> new UserFacingException("spaces.error.not-a-member"));
        requireRoleFits(accounts.people(List.of(accountId)).get(accountId), role);
        if (member.getRole() == role) {
            return;
        }
        if (role != SpaceRole.FACILITATOR) {
            refuseIfLastFacilitator(member);
        }
        SpaceRole before = member.getRole();
        member.setRole(role);
        events.publishEvent(new MemberRoleChanged(me.accountId(), spaceId, accountId, before, role));
    }

    /** Staff remove a member; the last facilitator stays. */
    @PreAuthorize("hasRole('STAFF')")
    public void remove(long spaceId, long accountId) {
        SignedInPerson me = currentUser.require();
        Space space = lock(spaceId);
        access.check(me, space, SpaceAction.MANAGE);
        refuseIfArchived(space);
        SpaceMember member = members.findBySpaceIdAndAccountId(spaceId, accountId)
                .orElseThrow(() -> new UserFacingException("spaces.error.not-a-member"));
        refuseIfLastFacilitator(member);
        members.delete(member);
        events.publishEvent(new MemberRemoved(me.accountId(), spaceId, accountId, false));
    }

    private Space lock(long spaceId) {
        return spaces.lockById(spaceId).orElseThrow(SpaceNotFoundException::new);
    }

    private void refuseIfLastFacilitator(SpaceMember member) {
        if (member.getRole() == SpaceRole.FACILITATOR
                && members.countBySpaceIdAndRole(member.getSpaceId(), SpaceRole.FACILITATOR) <= 1) {
            throw new UserFacingException("spaces.error.last-facilitator");
        }
    }

    private static void refuseIfArchived(Space space) {
        if (space.isArchived()) {
            throw new UserFacingException("spaces.error.archived");
        }
    }

    /** Facilitators are staff (DESIGN.md): the role needs the workspace role STAFF. */
    private static void requireRoleFits(PersonRef person, SpaceRole role) {
        if (role == null) {
            throw new UserFacingException("spaces.error.role-required");
        }
        if (role == SpaceRole.FACILITATOR && (person == null || !person.roles().contains(Role.STAFF))) {
            throw new UserFacingException("spaces.error.facilitator-must-be-staff");
        }
    }

    private List<SpaceInvite> describe(List<SpaceInvitation> pending) {
        Map<Long, PersonRef> people = accounts.people(pending.stream()
                .flatMap(i -> Stream.of(i.getAccountId(), i.getInvitedBy()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Space> spacesById =
                spaces
                        .findAllById(pending.stream()
                                .map(SpaceInvitation::getSpaceId)
                                .toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Space::getId, s -> s));
        return pending.stream()
                .filter(i -> spacesById.containsKey(i.getSpaceId()))
                .map(i -> new SpaceInvite(
                        i.getId(),
                        i.getSpaceId(),
                        spacesById.get(i.getSpaceId()).getTitleEn(),
                        spacesById.get(i.getSpaceId()).getTitleFr(),
                        i.getAccountId(),
                        nameOf(people, i.getAccountId()),
                        i.getRole(),
                        i.getInvitedBy() == null ? "" : nameOf(people, i.getInvitedBy()),
                        i.getCreatedAt()))
                .toList();
    }

    private static String nameOf(Map<Long, PersonRef> people, long id) {
        PersonRef person = people.get(id);
        return person == null ? "—" : person.displayName();
    }
}
