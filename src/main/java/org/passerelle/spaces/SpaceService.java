package org.passerelle.spaces;

import java.time.Clock;
import java.util.List;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceEvents.SpaceArchived;
import org.passerelle.spaces.SpaceEvents.SpaceCreated;
import org.passerelle.spaces.SpaceEvents.SpaceUpdated;
import org.passerelle.spaces.domain.Space;
import org.passerelle.spaces.domain.SpaceMember;
import org.passerelle.spaces.domain.SpaceMemberRepository;
import org.passerelle.spaces.domain.SpaceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing, archiving and reading spaces. Membership is {@link SpaceMembershipService}. */
@Service
@Transactional
public class SpaceService {

    private final SpaceRepository spaces;
    private final SpaceMemberRepository members;
    private final SpaceAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpaceService(
            SpaceRepository spaces,
            SpaceMemberRepository members,
            SpaceAccess access,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.spaces = spaces;
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Staff create a space; they become its first facilitator. */
    @PreAuthorize("hasRole('STAFF')")
    public SpaceSummary create(SpaceForm form) {
        SignedInPerson me = currentUser.require();
        SpaceForm clean = SpaceRules.clean(form);
        Space space = new Space(me.accountId(), clock.instant());
        apply(space, clean);
        spaces.saveAndFlush(space);
        members.save(new SpaceMember(space.getId(), me.accountId(), SpaceRole.FACILITATOR, clock.instant()));
        events.publishEvent(new SpaceCreated(me.accountId(), space.getId(), titleOf(clean)));
        return summary(me, space);
    }

    /** Staff edit a space; refused when someone else changed it since it was read. */
    @PreAuthorize("hasRole('STAFF')")
    public SpaceSummary update(long spaceId, long expectedVersion, SpaceForm form) {
        SignedInPerson me = currentUser.require();
        Space space = spaces.findById(spaceId).orElseThrow(SpaceNotFoundException::new);
        access.check(me, space, SpaceAction.MANAGE);
        if (space.isArchived()) {
            throw new UserFacingException("spaces.error.archived");
        }
        if (space.getVersion() != expectedVersion) {
            throw new UserFacingException("spaces.error.changed-meanwhile");
        }
        SpaceForm clean = SpaceRules.clean(form);
        apply(space, clean);
        space.touch(clock.instant());
        spaces.saveAndFlush(space);
        events.publishEvent(new SpaceUpdated(me.accountId(), spaceId, titleOf(clean)));
        return summary(me, space);
    }

    /** Archives (read-only from then on) or restores a space. */
    @PreAuthorize("hasRole('STAFF')")
    public SpaceSummary setArchived(long spaceId, boolean archived) {
        SignedInPerson me = currentUser.require();
        Space space = spaces.findById(spaceId).orElseThrow(SpaceNotFoundException::new);
        access.check(me, space, SpaceAction.MANAGE);
        if (space.isArchived() != archived) {
            space.setArchived(archived);
            space.touch(clock.instant());
            spaces.saveAndFlush(space);
            events.publishEvent(new SpaceArchived(me.accountId(), spaceId, archived));
        }
        return summary(me, space);
    }

    /** A space the signed-in person may see; otherwise "not found", whether it exists or not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SpaceSummary get(long spaceId) {
        SignedInPerson me = currentUser.require();
        Space space = spaces.findById(spaceId).orElseThrow(SpaceNotFoundException::new);
        access.check(me, space, SpaceAction.SEE);
        return summary(me, space);
    }

    /** Every space the person may see (staff: all), the active ones first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SpaceSummary> visibleSpaces() {
        SignedInPerson me = currentUser.require();
        List<Space> found = me.hasRole(Role.STAFF)
                ? spaces.findAllByOrderByArchivedAscUpdatedAtDesc()
                : spaces.visibleTo(me.accountId());
        return summaries(me, found);
    }

    /** The spaces the person is a member of. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SpaceSummary> mySpaces() {
        SignedInPerson me = currentUser.require();
        List<Long> ids = members.findByAccountId(me.accountId()).stream()
                .map(SpaceMember::getSpaceId)
                .toList();
        return summaries(
                me,
                spaces.findAllById(ids).stream()
                        .sorted(java.util.Comparator.comparing(Space::isArchived))
                        .toList());
    }

    /** Summaries of many spaces, the person's access to all of them asked at once. */
    private List<SpaceSummary> summaries(SignedInPerson me, List<Space> found) {
        access.prefetch(found.stream().map(Space::getId).toList());
        return found.stream().map(space -> summary(me, space)).toList();
    }

    private static void apply(Space space, SpaceForm form) {
        space.setTexts(form.titleEn(), form.titleFr(), form.descriptionEn(), form.descriptionFr());
        space.setStage(form.stage());
        space.setAccessMode(form.accessMode());
    }

    private static String titleOf(SpaceForm form) {
        return form.titleEn() != null ? form.titleEn() : form.titleFr();
    }

    SpaceSummary summary(SignedInPerson me, Space space) {
        SpaceRole role = access.roleOf(space.getId(), me.accountId()); // once, not once per action
        boolean staff = me.hasRole(Role.STAFF);
        java.util.function.Predicate<SpaceAction> may =
                action -> AccessPolicy.allows(action, staff, role, space.getAccessMode(), space.isArchived());
        return new SpaceSummary(
                space.getId(),
                space.getTitleEn(),
                space.getTitleFr(),
                space.getDescriptionEn(),
                space.getDescriptionFr(),
                space.getStage(),
                space.getAccessMode(),
                space.isArchived(),
                role,
                may.test(SpaceAction.CONTRIBUTE),
                may.test(SpaceAction.MODERATE),
                may.test(SpaceAction.MANAGE),
                may.test(SpaceAction.JOIN),
                may.test(SpaceAction.TAKE_PART),
                space.getVersion());
    }
}
