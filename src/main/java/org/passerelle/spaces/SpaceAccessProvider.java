package org.passerelle.spaces;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.Bilingual;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.ReaderKeys;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
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
 * Spaces' answer to the access contract, from {@link AccessPolicy}: two queries for any number of spaces (the
 * spaces, the person's memberships among them). A space's thread is read by who sees it and written by who
 * contributes to it.
 */
@Component
@Transactional(readOnly = true)
class SpaceAccessProvider implements SubjectAccessProvider, ReaderKeys {

    /** The rights that have search keys (a reader's keys stay few: each costs in every search). */
    private static final Set<Right> KEYED = EnumSet.of(Right.SEE, Right.MANAGE);

    private final EntityLoader spaces;
    private final SpaceRepository allSpaces;
    private final SpaceMemberRepository members;
    private final CurrentUser currentUser;

    SpaceAccessProvider(
            EntityLoader spaces, SpaceRepository allSpaces, SpaceMemberRepository members, CurrentUser currentUser) {
        this.spaces = spaces;
        this.allSpaces = allSpaces;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.SPACE;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        SignedInPerson me = currentUser.require();
        Map<Long, SpaceRole> roles = members.findByAccountIdAndSpaceIdIn(me.accountId(), ids).stream()
                .collect(Collectors.toMap(SpaceMember::getSpaceId, SpaceMember::getRole));
        boolean staff = me.hasRole(Role.STAFF);
        Map<Long, Access> answer = new HashMap<>();
        for (Space space : spaces.byIds(Space.class, ids)) {
            answer.put(space.getId(), access(space, roles.get(space.getId()), staff));
        }
        return answer;
    }

    /**
     * A space's key for a right: held by whoever has that right on it (see {@link #readerKeys}). The search asks
     * SEE (its thread is read by the same people: READ_THREAD answers SEE's key) and MANAGE (draft calls); other
     * rights are not searched and have no key.
     */
    @Override
    public Map<Long, Set<String>> searchKeys(Collection<Long> ids, Right right) {
        Right keyed = switch (right) {
            case SEE, READ_THREAD -> Right.SEE;
            case MANAGE -> Right.MANAGE;
            default -> null;
        };
        if (keyed == null) {
            return Map.of();
        }
        Map<Long, Set<String>> answer = new HashMap<>();
        for (Space space : spaces.byIds(Space.class, ids)) {
            answer.put(space.getId(), Set.of(SpaceSearchKeys.right(space.getId(), keyed)));
        }
        return answer;
    }

    /**
     * The person's keys of every space, from the same answer as {@link #accessTo}: two queries (the spaces, the
     * person's memberships), spaces being few.
     */
    @Override
    public Set<String> readerKeys() {
        SignedInPerson me = currentUser.get().orElse(null);
        if (me == null) {
            return Set.of();
        }
        Map<Long, SpaceRole> roles = members.findByAccountId(me.accountId()).stream()
                .collect(Collectors.toMap(SpaceMember::getSpaceId, SpaceMember::getRole));
        boolean staff = me.hasRole(Role.STAFF);
        Set<String> keys = new java.util.HashSet<>();
        for (Space space : allSpaces.findAll()) {
            SpaceRole role = roles.get(space.getId());
            Access access = access(space, role, staff);
            for (Right keyed : KEYED) {
                if (access.may(keyed)) {
                    keys.add(SpaceSearchKeys.right(space.getId(), keyed));
                }
            }
            if (access.see() && allows(SpaceAction.TAKE_PART, space, role, staff)) {
                keys.add(SpaceSearchKeys.takePart(space.getId()));
            }
            if (access.see() && role != null) {
                keys.add(SpaceSearchKeys.member(space.getId()));
            }
        }
        return keys;
    }

    static Access access(Space space, SpaceRole role, boolean staff) {
        SubjectRef subject = SubjectRef.space(space.getId());
        if (!allows(SpaceAction.SEE, space, role, staff)) {
            return Access.hidden(subject);
        }
        Set<Right> rights = EnumSet.of(Right.SEE, Right.READ_THREAD);
        if (allows(SpaceAction.CONTRIBUTE, space, role, staff)) {
            rights.add(Right.CONTRIBUTE);
            rights.add(Right.POST_IN_THREAD);
        }
        if (allows(SpaceAction.MODERATE, space, role, staff)) {
            rights.add(Right.MODERATE);
        }
        if (allows(SpaceAction.MANAGE, space, role, staff)) {
            rights.add(Right.MANAGE);
        }
        String refusal = rights.contains(Right.CONTRIBUTE)
                ? null
                : space.isArchived() ? "spaces.error.archived" : "spaces.error.not-allowed";
        return new Access(subject, space.getId(), null, role == null ? null : role.name(), rights, refusal);
    }

    private static boolean allows(SpaceAction action, Space space, SpaceRole role, boolean staff) {
        return AccessPolicy.allows(action, staff, role, space.getAccessMode(), space.isArchived());
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids, Locale reader) {
        Map<Long, String> answer = new HashMap<>();
        for (Space space : spaces.byIds(Space.class, ids)) {
            answer.put(
                    space.getId(),
                    Bilingual.pick(space.getTitleEn(), space.getTitleFr(), reader)
                            .text());
        }
        return answer;
    }
}
