package org.passerelle.spaces;

import java.util.Optional;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.domain.Space;
import org.passerelle.spaces.domain.SpaceMember;
import org.passerelle.spaces.domain.SpaceMemberRepository;
import org.passerelle.spaces.domain.SpaceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may the signed-in person see / contribute to / moderate / join / manage
 * this space", for this module's services and for every module that lives inside spaces. The rules
 * themselves are {@link AccessPolicy}.
 */
@Component
@Transactional(readOnly = true)
public class SpaceAccess {

    private final SpaceRepository spaces;
    private final SpaceMemberRepository members;
    private final CurrentUser currentUser;
    private final SubjectAccess subjects;

    SpaceAccess(
            SpaceRepository spaces, SpaceMemberRepository members, CurrentUser currentUser, SubjectAccess subjects) {
        this.spaces = spaces;
        this.members = members;
        this.currentUser = currentUser;
        this.subjects = subjects;
    }

    /**
     * Whether the signed-in person may do this (false for anonymous callers and unknown spaces). Answered
     * through the access contract, so repeated questions in one request cost nothing.
     */
    public boolean may(long spaceId, SpaceAction action) {
        if (action == SpaceAction.JOIN || action == SpaceAction.TAKE_PART) {
            Optional<SignedInPerson> person = currentUser.get();
            Optional<Space> space = spaces.findById(spaceId);
            return person.isPresent() && space.isPresent() && allows(person.get(), space.get(), action);
        }
        Access access = subjects.of(SubjectRef.space(spaceId));
        return switch (action) {
            case SEE -> access.see();
            case CONTRIBUTE -> access.contribute();
            case MODERATE -> access.moderate();
            case MANAGE -> access.manage();
            case JOIN, TAKE_PART -> throw new IllegalStateException();
        };
    }

    /**
     * Refuses unless the signed-in person may do this: an unknown space, or one the person may not see,
     * is "not found" (the same answer for both); a space that is seen but where the action is not
     * allowed is refused with a reason (archived, or not allowed).
     */
    public void require(long spaceId, SpaceAction action) {
        SignedInPerson person = currentUser.require();
        Space space = spaces.findById(spaceId).orElseThrow(SpaceNotFoundException::new);
        check(person, space, action);
    }

    void check(SignedInPerson person, Space space, SpaceAction action) {
        if (!allows(person, space, SpaceAction.SEE)) {
            throw new SpaceNotFoundException();
        }
        if (!allows(person, space, action)) {
            throw new UserFacingException(
                    space.isArchived() && action != SpaceAction.MANAGE
                            ? "spaces.error.archived"
                            : "spaces.error.not-allowed");
        }
    }

    boolean allows(SignedInPerson person, Space space, SpaceAction action) {
        return AccessPolicy.allows(
                action,
                person.hasRole(Role.STAFF),
                roleOf(space.getId(), person.accountId()),
                space.getAccessMode(),
                space.isArchived());
    }

    /** Asks the access to these spaces at once, so that the questions that follow in this request are free. */
    void prefetch(java.util.Collection<Long> spaceIds) {
        subjects.of(spaceIds.stream().map(SubjectRef::space).toList());
    }

    /**
     * The person's role in the space, or {@code null} when not a member. For the signed-in person it is read
     * from the access contract's answer (remembered for the request); for anyone else from the database.
     */
    public SpaceRole roleOf(long spaceId, long accountId) {
        Optional<SignedInPerson> me = currentUser.get();
        if (me.isPresent() && me.get().accountId() == accountId) {
            Access access = subjects.of(SubjectRef.space(spaceId));
            if (access.see()) {
                return access.role() == null ? null : SpaceRole.valueOf(access.role());
            }
        }
        return members.findBySpaceIdAndAccountId(spaceId, accountId)
                .map(SpaceMember::getRole)
                .orElse(null);
    }
}
